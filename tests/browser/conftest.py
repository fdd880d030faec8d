"""Fixtures for the browser tests: one Debian Chromium per session, a fresh
page per test, and a full-page screenshot of every page the test visits.

Playwright is used with Debian's own Chromium (/usr/bin/chromium); never run
``playwright install``. The site is served by pytest-django's ``live_server``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM would
# otherwise refuse to be called from the test (SynchronousOnlyOperation).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402

CHROMIUM = os.environ.get("SAFEBOARD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (install Debian's chromium package)")
    # One Playwright per process: a test folder elsewhere that imports these fixtures
    # (tests/dashboards/conftest.py) gets its own copy of this fixture, and a second
    # sync Playwright cannot start while the first runs.
    if _RUNNING:
        yield _RUNNING[0]
        return
    with sync_playwright() as playwright:
        _RUNNING.append(playwright)
        try:
            yield playwright
        finally:
            _RUNNING.clear()


_RUNNING: list = []


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def _test_slug(request) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")


class Screenshots:
    """Numbers and saves a full-page PNG for every page a test's browser loads.

    The shot is taken on the page's ``load`` event. Playwright runs event
    handlers alongside the test, so ``page.goto`` waits for the shot of the
    page before it, and the context is not closed while a shot is being taken.
    """

    def __init__(self, slug: str):
        self.slug = slug
        self.count = 0
        self.pending = 0
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for old in SCREENSHOTS.glob(f"{slug}-*.png"):
            old.unlink()

    def take(self, page) -> None:
        self.pending += 1
        self.count += 1
        path = SCREENSHOTS / f"{self.slug}-{self.count}.png"
        try:
            page.screenshot(path=str(path), full_page=True)
        except Exception as error:  # noqa: BLE001 (a missing picture must not fail the test)
            print(f"screenshot {path.name} not saved: {error}")
        finally:
            self.pending -= 1

    def wait(self, page) -> None:
        for _ in range(500):  # at most 10 seconds
            if not self.pending or page.is_closed():
                return
            page.wait_for_timeout(20)

    def goto_after_shot(self, page):
        goto = page.goto

        def wait_then_goto(*args, **kwargs):
            self.wait(page)
            return goto(*args, **kwargs)

        return wait_then_goto


_WARMED: list[bool] = []


def _warm_up() -> None:
    """Import every view before the first page, once per run.

    The first request a server handles imports the whole URL configuration
    (the charts' Altair among it): seconds on a busy machine, which would count
    against whichever test happens to load the first page.
    """
    if not _WARMED:
        from django.urls import get_resolver

        get_resolver().url_patterns  # noqa: B018 (imports every view module)
        _WARMED.append(True)


@pytest.fixture
def new_page(browser, request, live_server):
    """A factory for pages in fresh browser contexts (optionally already signed in).

    Every page loaded in such a page is saved as test-artifacts/screenshots/<test>-<n>.png.
    """
    _warm_up()
    shots = Screenshots(_test_slug(request))
    pages = []

    def make(user=None, *, verified: bool = True):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1024, "height": 768}
        )
        context.set_default_timeout(TIMEOUT_MS)
        if user is not None:
            context.add_cookies([session_cookie(user, live_server.url, verified=verified)])
        page = context.new_page()
        page.goto = shots.goto_after_shot(page)
        page.on("load", shots.take)
        pages.append(page)
        return page

    yield make
    for page in pages:
        shots.wait(page)
        page.context.close()


@pytest.fixture
def page(new_page):
    """A page in a fresh, signed-out browser context."""
    return new_page()


def session_cookie(user, base_url: str, *, verified: bool = True) -> dict:
    """A session cookie for ``user``, made server-side instead of through the
    sign-in form (that form is tested on its own); ``verified`` also passes
    two-factor sign-in, as if the user had entered a code."""
    from tests.factories import sign_in

    client = Client()
    sign_in(client, user, verified=verified)
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base_url,
        "httpOnly": True,
        "sameSite": "Lax",
    }

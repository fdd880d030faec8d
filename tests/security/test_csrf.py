"""Every URL refuses a POST without a CSRF token (ASVS 4.2.2, 13.2.3).

The test walks the whole URL configuration, so a form added later is covered
without being listed. CsrfViewMiddleware checks before any view runs, so a
made-up id in the URL is enough: the refusal comes before the record is looked up.
A test failure view marks the refusal, so a 403 for another reason (no
permission) cannot pass for a CSRF refusal.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from django.http import HttpResponseForbidden
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import RegexPattern, RoutePattern

from safeboard.access.roles import Role
from tests.factories import TEST_PASSWORD, sign_in

ROOT = Path(__file__).resolve().parents[2]
MARK = "refused by the CSRF check"


def csrf_refused(request, reason=""):
    """CSRF_FAILURE_VIEW for these tests: says that it was the CSRF check."""
    return HttpResponseForbidden(MARK)


# Values tried for a URL's parameters, first match of the converter's pattern wins.
SAMPLES = ("1", "2018", "x", "2018-19", str(uuid.UUID(int=1)), "a/b")


def _sample(regex: str) -> str:
    for value in SAMPLES:
        if re.fullmatch(regex, value):
            return value
    raise AssertionError(f"no sample value matches the URL parameter pattern {regex!r}")


def _route_example(pattern: RoutePattern) -> str:
    def fill(match: re.Match) -> str:
        return _sample(pattern.converters[match.group("name")].regex)

    return re.sub(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>", fill, str(pattern))


def _regex_example(pattern: RegexPattern) -> str:
    text = str(pattern).lstrip("^").rstrip("$").replace("\\Z", "")

    def fill(match: re.Match) -> str:
        body = match.group("body")
        # The admin's app and model names: an alternation of words, take the first.
        if re.fullmatch(r"[\w|]+", body):
            return body.split("|")[0]
        return _sample(body)

    return re.sub(r"\(\?P<(?P<name>\w+)>(?P<body>[^()]*(?:\([^()]*\)[^()]*)*)\)", fill, text)


def _example(pattern) -> str:
    if isinstance(pattern, RoutePattern):
        return _route_example(pattern)
    return _regex_example(pattern)


def every_url(patterns=None, prefix: str = "/") -> list[tuple[str, str]]:
    """(an example path, the URL's name or its pattern) for every URL pattern."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        path = prefix + _example(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found.extend(every_url(pattern.url_patterns, path))
        elif isinstance(pattern, URLPattern):
            found.append((path, pattern.name or str(pattern.pattern)))
    return found


URLS = every_url()


@pytest.fixture
def refused_by_csrf(settings):
    settings.CSRF_FAILURE_VIEW = "tests.security.test_csrf.csrf_refused"


def test_the_walk_finds_every_area_and_each_example_resolves():
    paths = [path for path, _ in URLS]
    # A floor, so a broken walk cannot pass by finding nothing (about 200 today).
    assert len(paths) > 150
    unresolved = []
    for path in paths:
        try:
            resolve(path)
        except Resolver404:
            unresolved.append(path)
    assert unresolved == []
    for area in ("/accounts/", "/board/", "/report/", "/cdop/", "/reviews/", "/admin/"):
        assert any(path.startswith(area) for path in paths), area


def test_no_view_is_exempt_from_the_csrf_check():
    exempt = [name for path, name in URLS if getattr(resolve(path).func, "csrf_exempt", False)]
    assert exempt == []


@pytest.mark.usefixtures("refused_by_csrf")
def test_every_url_refuses_a_post_without_a_token(db, users):
    """Anonymous and signed in (the business unit, past two-factor sign-in)."""
    anonymous = Client(enforce_csrf_checks=True)
    signed_in = Client(enforce_csrf_checks=True)
    sign_in(signed_in, users[Role.BUSINESS_UNIT])
    not_refused = []
    for client, who in ((anonymous, "anonymous"), (signed_in, "business unit")):
        for path, name in URLS:
            response = client.post(path, {"confirm": "yes", "name": "x"})
            if response.status_code != 403 or MARK not in response.content.decode():
                not_refused.append(f"{who} {name} {path}: {response.status_code}")
    assert not_refused == []


@pytest.mark.usefixtures("refused_by_csrf")
def test_a_post_with_the_token_gets_past_the_check(db, users):
    """The control: the refusal above is the missing token, not something else."""
    client = Client(enforce_csrf_checks=True)
    page = client.get("/accounts/sign-in/")
    token = page.cookies["csrftoken"].value
    response = client.post(
        "/accounts/sign-in/",
        {"username": "board-member", "password": TEST_PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    # A forged token is refused like a missing one.
    other = Client(enforce_csrf_checks=True)
    other.get("/accounts/sign-in/")
    forged = other.post("/accounts/sign-in/", {"csrfmiddlewaretoken": "x" * 64})
    assert forged.status_code == 403
    assert MARK in forged.content.decode()


FORM = re.compile(r"<form\b(?P<attrs>[^>]*)>(?P<body>.*?)</form>", re.DOTALL | re.IGNORECASE)


def test_every_post_form_in_a_template_carries_the_token():
    templates = list((ROOT / "safeboard").rglob("templates/**/*.html"))
    post_forms = 0
    missing = []
    for template in templates:
        for form in FORM.finditer(template.read_text()):
            if re.search(r'method\s*=\s*"post"', form.group("attrs"), re.IGNORECASE):
                post_forms += 1
                if "{% csrf_token %}" not in form.group("body"):
                    missing.append(str(template.relative_to(ROOT)))
    assert post_forms > 30
    assert missing == []

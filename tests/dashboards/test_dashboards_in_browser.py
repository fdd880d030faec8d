"""The dashboards in Chromium: every page drawn with its charts, checked with axe, and the
drill-down from a figure in a table to its definition and sources."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.dashboards.sections import SECTIONS
from safeboard.returns.models import Snapshot
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.dashboards.conftest import YEAR, import_partnership
from tests.factories import make_user

# The browser fixtures (Debian's Chromium, a page per test, screenshots) are
# tests/browser/conftest.py's, brought in by tests/dashboards/conftest.py.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.fixture
def returns_in(partnership, tmp_path):
    import_partnership(tmp_path)


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def test_a_board_member_reads_each_dashboard_and_opens_a_figure(new_page, returns_in, axe):
    page = new_page(make_user(Role.BOARD_MEMBER))
    # The charts are inline SVG with no script and no inline style: the Content
    # Security Policy has nothing to refuse.
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto("/home/")
    page.get_by_role("link", name="Dashboards").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboards")
    _assert_accessible(axe, page, "dashboards")
    for section in SECTIONS:
        page.goto("/dashboards/")
        page.get_by_role("link", name=f"Section {section.number}: {section.title}").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(section.title)
        charts = page.locator("main figure.safeboard-chart svg")
        expect(charts).to_have_count(len(section.charts))
        for index, declared in enumerate(section.charts):
            chart = charts.nth(index)
            chart.scroll_into_view_if_needed()
            box = chart.bounding_box()
            assert box is not None
            assert box["width"] > 300, (section.slug, declared.id)
            assert box["height"] > 100, (section.slug, declared.id)
            # Each chart on its own, to look at: test-artifacts/screenshots/chart-*.png
            chart.screenshot(path=str(SCREENSHOTS / f"chart-{section.slug}-{declared.id}.png"))
        # Nothing is wider than the window: wide tables scroll inside their own region.
        assert page.evaluate("document.documentElement.scrollWidth") <= 1024
        _assert_accessible(axe, page, section.slug)

        # The first figure of the first table: its value, definition and sources.
        link = page.locator("main table a.govuk-link").first
        value = link.evaluate("a => a.firstChild.textContent.trim()")
        link.click()
        expect(page.get_by_test_id("figure-value")).to_have_text(value)
        expect(page.get_by_role("heading", name="Definition")).to_be_visible()
        expect(page.get_by_role("heading", name="Sources")).to_be_visible()
        sources = page.get_by_role("region", name="Sources")
        expect(sources).to_contain_text("Return")
        # A board member sees the kind and date of each return, never its fingerprint.
        expect(sources).not_to_contain_text("SHA-256")
        expect(page.get_by_role("heading", name="Consistency")).to_be_visible()
        _assert_accessible(axe, page, f"{section.slug} figure")
        page.get_by_role("link", name=f"Back to {section.title.lower()}").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(section.title)
    assert not refused, refused


def test_an_analyst_follows_a_figure_to_the_snapshot_it_came_from(new_page, returns_in, axe):
    cin = Snapshot.objects.get(kind="cin", collection_year=YEAR)
    page = new_page(make_user(Role.PERFORMANCE_ANALYST))
    page.goto("/dashboards/child-protection/")
    page.get_by_role(
        "link", name=re.compile(r"Children subject to a child protection plan, 31 Mar 2018$")
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Children subject to a child protection plan"
    )
    expect(page.locator("main")).to_contain_text("Period 31 Mar 2018 (at 31 March 2018)")
    sources = page.get_by_role("region", name="Sources")
    expect(sources).to_contain_text(cin.sha256)
    expect(sources).to_contain_text("This period")
    _assert_accessible(axe, page, "figure as analyst")
    sources.get_by_role("link", name=re.compile("CIN census")).first.click()
    expect(page).to_have_url(re.compile(rf"/returns/snapshots/{cin.pk}/$"))
    expect(page.locator("main")).to_contain_text(cin.sha256)

"""The annual report in the browser: the business unit writes and builds the draft,
the scrutineer comments, and the built report itself passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.report.models import AnnualReport
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _build_in_background(settings):
    # As in production: the build runs in a thread and the page shows its steps.
    settings.SAFEBOARD_BUILD_REPORTS_IN_BACKGROUND = True


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _accessible(axe, page, name: str) -> None:
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def test_business_unit_writes_builds_and_reads_the_report(new_page, partnership, axe):
    page = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto("/report/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Annual reports")
    _accessible(axe, page, "reports index")
    page.get_by_label("Year").fill("2018")
    page.get_by_role("button", name="Start the report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Annual report 2017/18")
    _accessible(axe, page, "report page")

    page.get_by_role("link", name="Introduction by the independent chair").click()
    page.get_by_role("button", name="Change this report section").click()
    page.get_by_label("Narrative").fill(
        "## Our year\n\nWe *listened* to children. <script>alert(1)</script>"
    )
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Report section saved.")

    page.goto("/report/2018/")
    page.locator("#row-introduction").get_by_role("button", name="Down").click()
    rows = page.locator("tbody tr td:first-child a")
    expect(rows.nth(0)).to_have_text("Statutory basis")
    page.locator("#row-introduction").get_by_role("button", name="Up").click()
    expect(rows.nth(0)).to_have_text("Introduction by the independent chair")

    page.get_by_role("button", name="Build the draft").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Annual report 2017/18", timeout=120_000
    )
    expect(page.locator("main")).to_contain_text("Last built on")

    page.get_by_role("link", name="Read the draft (web page)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Testshire Safeguarding Partnership: Annual report 2017/18"
    )
    expect(page.get_by_role("heading", level=3, name="Our year")).to_be_visible()
    expect(page.locator("main")).to_contain_text("<script>alert(1)</script>")  # shown, not run
    headings = page.locator("h1, h2, h3, h4").evaluate_all(
        "els => els.map(e => Number(e.tagName[1]))"
    )
    assert headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False)), headings
    _accessible(axe, page, "the built report")


def test_scrutineer_comments_and_the_checklist_shows(new_page, partnership, axe):
    from safeboard.report.services import report_for_year

    report = report_for_year(partnership=partnership, year=2018)
    report.status = AnnualReport.Status.IN_SCRUTINY
    report.save()
    page = new_page(make_user(Role.INDEPENDENT_CHAIR, username="chair"))
    page.goto("/report/2018/scrutiny/")
    page.get_by_label("Your comment").fill("The neglect section needs the audit's findings.")
    page.get_by_role("button", name="Add the comment").click()
    expect(page.locator("main")).to_contain_text("Comment added.")
    expect(page.locator("main")).to_contain_text("The neglect section needs the audit's findings.")
    _accessible(axe, page, "scrutiny")
    page.goto("/report/2018/checklist/")
    expect(page.locator("main")).to_contain_text("Independent scrutiny of the report")
    expect(
        page.locator("tbody tr").filter(has_text="Independent scrutiny of the report")
    ).to_contain_text("Met")
    _accessible(axe, page, "checklist")
    assert re.search(r"Missing", page.locator("main").inner_text())

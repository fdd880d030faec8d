"""An agency lead writes and submits the lead agency report; the business unit returns it
with a comment, then accepts it; a board member reads it as Appendix B lays it out.
Every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.agency_reports.models import AgencyReport, ReportItem
from tests.agency_reports.helpers import make_themes
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INDEX = "/board/agency-reports/"


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _add_item(page, axe, link: str, text: str, *, check: bool = False) -> None:
    """From the report page: follow an "Add ..." link, write the item, go back."""
    page.get_by_role("link", name=link).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add report item")
    if check:
        _assert_accessible(axe, page, "add an item")
    page.get_by_label("What to say").fill(text)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Report item added.")
    page.get_by_role("button", name="Back to the report").click()


def test_a_report_written_returned_resubmitted_accepted_and_read(new_page, partnership, axe):
    business_unit_user = make_user(Role.BUSINESS_UNIT, username="bu")
    make_themes(business_unit_user)

    lead = new_page(make_user(Role.AGENCY_LEAD, username="police-lead"))
    lead.goto(INDEX)
    expect(lead.get_by_role("heading", level=1)).to_have_text("Lead agency reports")
    _assert_accessible(axe, lead, "index as the agency lead")
    lead.get_by_role("button", name="Start your report").click()
    expect(lead.get_by_role("heading", level=1)).to_have_text(
        "Start your lead agency report for 2017/18"
    )
    _assert_accessible(axe, lead, "start")
    lead.get_by_role("button", name="Start the report").click()
    expect(lead.get_by_role("heading", level=1)).to_have_text(
        "Testshire Police lead agency report 2017/18"
    )
    expect(lead.locator("main")).to_contain_text("What we did in 2017-18")
    _assert_accessible(axe, lead, "an empty report")

    # The add page with an error: nothing written.
    lead.get_by_role("link", name="Add what you did under Neglect").click()
    lead.get_by_role("button", name="Save").click()
    expect(lead.locator(".govuk-error-summary")).to_be_visible()
    _assert_accessible(axe, lead, "add an item with errors")
    lead.go_back()
    lead.go_back()

    _add_item(
        lead,
        axe,
        "Add what you did under Neglect",
        "Introduced a multi-agency Missing Children Panel:\n- reviews cases after 3 months\n"
        "  - with the council",
        check=True,
    )
    _add_item(lead, axe, "Add what you did under Neglect", "Lowered the threshold to 3 episodes.")
    # The second item moves above the first.
    lead.get_by_role("button", name="Move up item 2 of what we did, Neglect").click()
    first = ReportItem.objects.order_by("position").first()
    assert first.text == "Lowered the threshold to 3 episodes."
    expect(lead.locator("main")).to_contain_text("Missing Children Panel")
    _assert_accessible(axe, lead, "a report with items and controls")

    lead.get_by_role("button", name="Submit to the business unit").click()
    expect(lead.get_by_role("heading", level=1)).to_have_text(
        "Submit your report to the business unit"
    )
    _assert_accessible(axe, lead, "submit")
    lead.locator("main form").get_by_role("button", name="Submit to the business unit").click()
    expect(lead.locator("main")).to_contain_text("Your report is submitted to the business unit.")
    report = AgencyReport.objects.get()
    assert report.status == AgencyReport.Status.SUBMITTED

    business_unit = new_page(business_unit_user)
    business_unit.goto(INDEX)
    expect(business_unit.locator("main")).to_contain_text("1 waiting for review")
    _assert_accessible(axe, business_unit, "index as the business unit")
    business_unit.get_by_role("link", name="Review Testshire Police report for 2017/18").click()
    _assert_accessible(axe, business_unit, "review")
    business_unit.get_by_label("Return it to the agency to change").check()
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator(".govuk-error-summary")).to_contain_text(
        "Say what needs to change"
    )
    _assert_accessible(axe, business_unit, "review with errors")
    business_unit.get_by_label("What needs to change").fill("Add what you plan for 2018-19.")
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator("main")).to_contain_text("The report is returned to the agency.")

    lead.goto("/home/")
    expect(lead.locator("main")).to_contain_text("Your report for 2017/18")
    _assert_accessible(axe, lead, "home with the reports panel")
    lead.get_by_role("link", name="returned").click()
    expect(lead.locator("main")).to_contain_text("Add what you plan for 2018-19.")
    _assert_accessible(axe, lead, "a returned report")
    _add_item(
        lead, axe, "Add what you plan under Neglect", "Strengthen our response to missing children."
    )
    lead.get_by_role("button", name="Submit to the business unit").click()
    lead.locator("main form").get_by_role("button", name="Submit to the business unit").click()
    expect(lead.locator("main")).to_contain_text("Your report is submitted to the business unit.")

    business_unit.goto(f"/board/agency-reports/report/{report.pk}/review/")
    business_unit.get_by_label("Accept it").check()
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator("main")).to_contain_text("The report is accepted and locked.")
    expect(business_unit.locator("main")).to_contain_text("Add what you plan for 2018-19.")
    _assert_accessible(axe, business_unit, "an accepted report with its decisions")
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.ACCEPTED

    board_member = new_page(make_user(Role.BOARD_MEMBER, username="board-member"))
    board_member.goto(INDEX)
    _assert_accessible(axe, board_member, "index as a board member")
    board_member.get_by_role("link", name="Appendix B for 2017/18").click()
    expect(board_member.get_by_role("heading", level=1)).to_have_text("Lead Agency Reports 2017-18")
    expect(board_member.locator("main")).to_contain_text("What we plan to do in 2018-19")
    expect(board_member.locator("main li li", has_text="with the council")).to_be_visible()
    _assert_accessible(axe, board_member, "appendix B")
    board_member.get_by_role("link", name="Testshire Police's report").click()
    expect(board_member.locator("main")).to_contain_text("Strengthen our response")
    expect(board_member.locator("main")).not_to_contain_text("Submit to the business unit")
    _assert_accessible(axe, board_member, "an accepted report as a board member")


def test_the_business_unit_sets_the_years_themes(new_page, partnership, axe):
    page = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto(INDEX + "?year=2018")
    expect(page.locator("main")).to_contain_text("has not set this year's themes")
    page.get_by_role("button", name="Add a theme").click()
    _assert_accessible(axe, page, "add a theme")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the theme's title")
    _assert_accessible(axe, page, "add a theme with errors")
    page.get_by_label("Title").fill("Neglect")
    page.get_by_label("What agencies should cover").fill("How you recognise neglect.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Theme added.")
    _assert_accessible(axe, page, "a theme")
    page.get_by_role("link", name="Lead agency reports for this year").click()
    expect(page.locator("main")).to_contain_text("How you recognise neglect.")
    page.get_by_role("button", name="Start 2018/19 with these themes").click()
    expect(page.locator("main")).to_contain_text("1 theme copied from 2017/18 to 2018/19.")
    page.get_by_role("link", name="All themes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Themes")
    _assert_accessible(axe, page, "themes")

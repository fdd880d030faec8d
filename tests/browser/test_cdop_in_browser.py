"""Child death reviews in the browser: the business unit records a death, the agencies'
information, a panel meeting, the panel's review and an action; a panel member sees what
is overdue; everyone else gets the figures with small numbers suppressed and is refused
the cases. Every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.cdop.models import CaseReview, ChildDeath, RaisedAction
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.cdop.helpers import make_death, make_panel_meeting, make_review
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


# The first page the server draws compiles the GOV.UK templates: allow it longer.
FIRST_PAGE_MS = 60_000


def _heading(page, text: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def test_business_unit_records_a_death_to_the_panel_s_decision(new_page, partnership, axe):
    page = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto("/home/", timeout=FIRST_PAGE_MS)
    page.get_by_role("link", name="Child deaths", exact=True).click()
    _heading(page, "Child death reviews")
    _assert_accessible(axe, page, "cdop index")

    page.get_by_role("link", name="Child deaths notified").click()
    page.get_by_role("button", name="Add child death").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter case number")
    _assert_accessible(axe, page, "death form with errors")

    page.get_by_label("Case number").fill("9434765919")  # an NHS number: refused
    page.get_by_label("Area of residence").select_option(label="Testshire")
    page.get_by_label("Date of death").fill("2019-04-17")
    page.get_by_label("Date the panel was notified").fill("2019-04-18")
    page.get_by_label("Age group").select_option(label="1 to 4 years")
    page.get_by_label("Place of death").select_option(label="Hospital")
    page.get_by_label("Unexpected", exact=True).check()
    page.get_by_label("Joint agency response triggered").check()
    page.get_by_label("Sudden, with no immediately apparent cause (including SUDI/SUDC)").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("looks like an NHS number")
    assert not ChildDeath.objects.exists()
    page.get_by_label("Case number").fill("CDOP-19-001")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Case CDOP-19-001")
    main = page.locator("main")
    expect(main).to_contain_text("Notify the National Child Mortality Database (48 hours)")
    expect(main).to_contain_text("20 April 2019")  # 48 hours of clock time, over Easter
    _assert_accessible(axe, page, "death detail")

    page.get_by_role("link", name="Ask an agency for information").click()
    page.get_by_label("Agency").select_option(label="Testshire Police")
    page.get_by_label("Requested on").fill("2019-04-18")
    page.get_by_label("Working days allowed").fill("5")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Child death reporting form from Testshire Police")
    expect(page.locator("main")).to_contain_text("29 April 2019")  # Good Friday, Easter Monday
    _assert_accessible(axe, page, "information detail")

    page.goto("/cdop/panel-meeting/new/")
    page.get_by_label("Date of the meeting").fill("2019-06-13")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Panel meeting of 13 June 2019")

    death = ChildDeath.objects.get()
    page.goto(f"/cdop/death/{death.pk}/")
    page.get_by_role("link", name="Record the panel's review").click()
    page.get_by_label("Panel meeting").select_option(label="Panel meeting of 13 June 2019")
    page.get_by_label("Sudden unexpected, unexplained death").check()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("tick the domain")
    _assert_accessible(axe, page, "review form with errors")
    page.get_by_label("in the social environment, including family and parenting").check()
    page.get_by_role("button", name="Save").click()
    _heading(page, "Panel review of case CDOP-19-001")
    _assert_accessible(axe, page, "review detail")

    page.get_by_role("link", name="Raise an action").click()
    _assert_accessible(axe, page, "raise an action")
    page.get_by_label("What the panel learned").fill("Safer sleeping advice was not repeated.")
    page.get_by_label("The action", exact=True).fill("Repeat safer sleeping advice at every visit.")
    page.get_by_label("Agency that owns the action").select_option(label="Testshire Health")
    page.get_by_label("Due date").fill("2019-09-30")
    page.get_by_role("button", name="Raise the action").click()
    expect(page.locator("main")).to_contain_text("Action raised")
    expect(page.locator("main")).to_contain_text("Repeat safer sleeping advice at every visit.")
    assert RaisedAction.objects.get().review == CaseReview.objects.get()

    page.goto("/cdop/year/?year=2020")
    _heading(page, "The panel's year")
    _assert_accessible(axe, page, "the panel's year")
    page.goto(f"/cdop/death/{death.pk}/history/")
    _assert_accessible(axe, page, "death history")
    assert Event.objects.filter(area="cdop", username="bu").count() >= 6


def test_a_panel_member_sees_what_is_overdue(new_page, partnership, axe):
    make_death("CDOP-19-002", died=date(2019, 5, 1), notified=date(2019, 5, 2))
    page = new_page(make_user(Role.CDOP_MEMBER, username="panel-member"))
    page.goto("/home/", timeout=FIRST_PAGE_MS)
    panel = page.locator("section", has_text="Child death reviews: overdue")
    expect(panel).to_contain_text("Case CDOP-19-002")
    expect(panel).to_contain_text("overdue")
    _assert_accessible(axe, page, "home with the panel's overdue deadlines")
    panel.get_by_role("link", name="Case CDOP-19-002").click()
    _heading(page, "Case CDOP-19-002")
    expect(page.get_by_role("link", name="Change this child death")).to_have_count(0)


def test_everyone_else_gets_the_figures_and_is_refused_the_cases(new_page, partnership, axe):
    death = make_death("CDOP-17-003")
    make_review(death, make_panel_meeting(date(2017, 11, 15)))
    page = new_page(make_user(Role.BOARD_MEMBER, username="board"))
    page.goto("/cdop/", timeout=FIRST_PAGE_MS)
    _heading(page, "Child death reviews")
    page.get_by_role("link", name="Read the panel's figures for the year").click()
    page.goto("/cdop/figures/?year=2018")
    _heading(page, "Child death review figures")
    expect(page.locator("main")).not_to_contain_text("CDOP-17-003")
    expect(page.locator("main")).to_contain_text("shown as c")
    _assert_accessible(axe, page, "figures as a board member")
    page.goto(f"/cdop/death/{death.pk}/")
    _heading(page, "You do not have access to this page")
    expect(page.locator("main")).not_to_contain_text("CDOP-17-003")

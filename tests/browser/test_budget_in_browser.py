"""The budget in the browser: the business unit records a year, the forecast warns,
the chair reads the summary, an agency lead sees only their own contribution.
Every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.budget.models import ExpenditureActual, PartnerContribution
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.budget.helpers import budget_2018, budget_2019
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _heading(page, text: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def test_business_unit_records_a_year_and_the_forecast_warns(new_page, partnership, axe):
    page = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto("/board/budget/")
    _heading(page, "Budget")
    _assert_accessible(axe, page, "budget index, empty")

    page.get_by_role("button", name="Add a financial year").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("There is a problem")
    _assert_accessible(axe, page, "year form with errors")
    page.get_by_label("Year ending (2018 for 2017/18)").fill("2019")
    page.get_by_label("Balance brought forward (£)").fill("£1,000")
    page.get_by_label("Budget for case reviews (£)").fill("0")
    page.get_by_role("button", name="Save").click()
    _heading(page, "2018/19")
    _assert_accessible(axe, page, "year detail")

    page.get_by_role("link", name="Add contribution").click()
    page.get_by_label("Agency").select_option(label="Testshire Police")
    page.get_by_label("Agreed (£)").fill("12,000")
    page.get_by_label("Received so far (£)").fill("0")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Partner contribution added.")
    assert PartnerContribution.objects.get().agreed == 12000

    page.goto("/board/budget/")
    page.get_by_role("link", name="2018/19").click()
    _heading(page, "Budget 2018/19")
    page.goto("/board/budget/")
    page.get_by_role("link", name="Financial years").click()
    page.get_by_role("link", name="2018/19").click()
    page.get_by_role("link", name="Add expenditure line").click()
    page.get_by_label("Category").select_option(label="Staffing")
    page.get_by_label("Description").fill("Business unit staff")
    page.get_by_label("Budgeted (£)").fill("12000")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Staffing: Business unit staff")
    _assert_accessible(axe, page, "expenditure line")

    page.get_by_role("link", name="Add a month's actual").click()
    page.get_by_label("Month").fill("2018-04-15")
    page.get_by_label("Amount spent (£)").fill("1,500")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("April 2018")
    assert ExpenditureActual.objects.get().amount == 1500

    # April at £1,500 a month: £18,000 for the year against £12,000 agreed and
    # £1,000 brought forward: the balance would be −£5,000.
    page.goto("/board/budget/summary/2019/")
    _heading(page, "Budget 2018/19")
    expect(page.locator(".govuk-warning-text")).to_contain_text(
        "the balance would be −£5,000 at 31 March 2019"
    )
    _assert_accessible(axe, page, "summary with the forecast")

    page.goto("/home/")
    expect(page.locator("main")).to_contain_text("the balance would be −£5,000")
    _assert_accessible(axe, page, "home with the budget warning")


def test_chair_reads_the_summary_and_the_lead_only_their_own(new_page, partnership, axe):
    bu = make_user(Role.BUSINESS_UNIT, username="bu")
    budget_2018(bu)
    budget_2019(bu)

    chair = new_page(make_user(Role.INDEPENDENT_CHAIR, username="chair"))
    chair.goto("/home/")
    expect(chair.locator("main")).to_contain_text("the balance would be −£5,400")
    chair.get_by_role("link", name="The budget for 2018/19").click()
    _heading(chair, "Budget 2018/19")
    chair.get_by_role("link", name="Budget 2017/18").click()
    _heading(chair, "Budget 2017/18")
    main = chair.locator("main")
    expect(main).to_contain_text("a revenue deficit of £9,700")
    expect(main).to_contain_text("Balance carried forward to 2018/19")
    expect(main.get_by_role("link", name="Excel workbook (every table)")).to_be_visible()
    _assert_accessible(axe, chair, "finished year's summary")

    lead = new_page(make_user(Role.AGENCY_LEAD, username="police-lead"))
    lead.goto("/home/")
    expect(lead.locator("main")).not_to_contain_text("the balance would be")
    lead.goto("/board/budget/")
    expect(lead.locator("main")).not_to_contain_text("£109,700")
    lead.get_by_role("link", name="Partner contributions").click()
    _heading(lead, "Partner contributions")
    expect(lead.locator("main")).to_contain_text("Testshire Police")
    expect(lead.locator("main")).not_to_contain_text("Testshire Health")
    _assert_accessible(axe, lead, "contributions as an agency lead")
    response = lead.goto("/board/budget/summary/2018/")
    assert response is not None
    assert response.status == 403

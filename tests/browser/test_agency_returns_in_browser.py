"""An agency lead fills in and submits a return; the business unit sends it back, then
accepts it. Every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.agency_returns.models import AgencyReturn
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILL = "/agency-returns/police_cse/2018/q1/"


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _fill_and_submit(page, crimes: str, incidents: str) -> None:
    page.goto(FILL)
    page.get_by_label("CSE-related crime investigations").fill(crimes)
    page.get_by_label("CSE-related non-crime incidents").fill(incidents)
    page.get_by_role("button", name="Submit to the business unit").click()
    expect(page.locator("main")).to_contain_text("The return is submitted to the business unit.")


def test_agency_return_submitted_sent_back_and_accepted(new_page, partnership, axe):
    police_lead = new_page(make_user(Role.AGENCY_LEAD, username="police-lead"))
    _fill_and_submit(police_lead, "83", "29")
    expect(police_lead.get_by_role("heading", level=1)).to_have_text(
        "Police child sexual exploitation investigations: Q1 2017/18"
    )
    _assert_accessible(axe, police_lead, "return detail")
    pk = AgencyReturn.objects.get().pk

    business_unit = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    business_unit.goto(f"/agency-returns/{pk}/review/")
    _assert_accessible(axe, business_unit, "review")
    business_unit.get_by_label("Send it back to the agency to change").check()
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator(".govuk-error-summary")).to_contain_text(
        "Say what needs to change"
    )
    _assert_accessible(axe, business_unit, "review with errors")
    business_unit.get_by_label("What needs to change").fill("Incidents look high: check them.")
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator("main")).to_contain_text("Sent back")

    police_lead.goto("/home/")
    police_lead.goto(FILL)
    expect(police_lead.locator("main")).to_contain_text("Incidents look high: check them.")
    _fill_and_submit(police_lead, "83", "27")

    business_unit.goto(f"/agency-returns/{pk}/review/")
    business_unit.get_by_label("Accept it").check()
    business_unit.get_by_role("button", name="Save the decision").click()
    expect(business_unit.locator("main")).to_contain_text("The return is accepted and locked.")
    _assert_accessible(axe, business_unit, "accepted return")
    assert AgencyReturn.objects.get().status == AgencyReturn.Status.ACCEPTED

    business_unit.goto("/home/")
    expect(business_unit.locator("main")).to_contain_text("Agency returns")
    _assert_accessible(axe, business_unit, "home with the returns panel")


def test_agency_return_with_a_breakdown_is_accessible_with_errors(new_page, partnership, axe):
    council_lead = make_user(
        Role.AGENCY_LEAD, username="council-lead", agency_name="Testshire County Council"
    )
    page = new_page(council_lead)
    page.goto("/agency-returns/private_fostering/2018/q1/")
    expect(
        page.get_by_role("group", name="Private fostering enquiries and notifications by source")
    ).to_be_visible()
    page.get_by_label("Education").fill("two")
    page.get_by_role("button", name="Submit to the business unit").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter private fostering enquiries and notifications by source: Education as a whole number"
    )
    _assert_accessible(axe, page, "private fostering with errors")
    page.goto("/agency-returns/private_fostering/2018/q1/upload/")
    page.get_by_label("The filled-in template").set_input_files(
        files=[
            {"name": "bad.csv", "mimeType": "text/csv", "buffer": b"figure_id,value\npf_begun,1\n"}
        ]
    )
    page.get_by_role("button", name="Check and load the figures").click()
    expect(page.locator("main table")).to_contain_text("breakdown_value")
    _assert_accessible(axe, page, "upload refused")
    assert not AgencyReturn.objects.exists()

"""Action plans in the browser: the business unit builds a plan, the police's agency
lead sees their overdue action on the home page, updates it and adds evidence, the
chair reads how the plans are going. Every page on the way passes axe (WCAG 2.2 A, AA)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.actions import services
from safeboard.actions.models import Action, ActionEvidence, ActionPlan
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import agency, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SLOW_MACHINE_MS = 30_000  # these journeys load many pages; allow a busy test machine


@pytest.fixture
def open_as(new_page):
    def make(user):
        page = new_page(user)
        page.context.set_default_timeout(SLOW_MACHINE_MS)
        return page

    return make


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _heading(page, text: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def test_the_business_unit_builds_a_plan(open_as, partnership, axe):
    bu = make_user(Role.BUSINESS_UNIT, username="bu")
    page = open_as(bu)
    page.goto("/board/actions/")
    _heading(page, "Action plans")
    _assert_accessible(axe, page, "summary, empty")

    page.get_by_role("button", name="Add an action plan").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("There is a problem")
    _assert_accessible(axe, page, "plan form with errors")
    page.get_by_label("Title").fill("Ofsted 2017 action plan")
    page.get_by_label("Where the plan comes from").select_option(label="Inspection")
    page.get_by_label("Source", exact=True).fill("Ofsted inspection of the LSCB")
    page.get_by_label("Judgement or conclusion (optional)").fill("Requires improvement")
    page.get_by_label("Date of the source").fill("2017-07-14")
    page.get_by_label("Owner").select_option(label="Person bu (Testshire Police)")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Ofsted 2017 action plan")
    expect(page.locator("main")).to_contain_text("No recommendations yet.")
    _assert_accessible(axe, page, "plan detail, empty")

    page.get_by_role("button", name="Add a recommendation").click()
    page.get_by_label("Recommendation").fill(
        "Ensure that neglect screening and assessment tools are implemented."
    )
    page.get_by_role("button", name="Save").click()
    _heading(page, "Recommendation 1")
    _assert_accessible(axe, page, "recommendation detail")

    page.get_by_role("button", name="Add an action").click()
    _assert_accessible(axe, page, "action form")
    page.get_by_label("Action", exact=True).fill("Publish the neglect toolkit.")
    page.get_by_label("Owner agency").select_option(label="Testshire Police")
    page.get_by_label("Due date").fill("2018-03-31")
    page.get_by_label("Date agreed").fill("2017-08-01")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Action 1.1")
    main = page.locator("main")
    expect(main).to_contain_text("Publish the neglect toolkit.")
    expect(main).to_contain_text("Overdue")  # due 31 March 2018, not complete
    expect(main).to_contain_text("Stalled")  # nothing since 1 August 2017
    _assert_accessible(axe, page, "action detail")
    action = Action.objects.get()
    assert (action.owner_agency, action.status) == (agency("Testshire Police"), "not-started")

    page.get_by_role("link", name="Ofsted 2017 action plan").click()
    expect(page.locator("main")).to_contain_text("Publish the neglect toolkit.")
    page.goto("/home/")
    expect(page.locator("main")).to_contain_text("Overdue and stalled actions")
    expect(page.locator("main")).to_contain_text("1 overdue and 1 stalled")
    _assert_accessible(axe, page, "home with overdue actions")


@pytest.fixture
def police_action(partnership):
    bu = make_user(Role.BUSINESS_UNIT, username="bu")
    plan = services.plan_create(
        user=bu,
        title="Audit plan",
        source_kind=ActionPlan.SourceKind.AUDIT,
        source_title="Multi-agency audit of neglect",
        source_date=date(2018, 2, 1),
        owner=bu.person,
    )
    recommendation = services.recommendation_add(user=bu, plan=plan, text="Audit more.")
    overdue = services.action_add(
        user=bu,
        recommendation=recommendation,
        text="Report audit findings every quarter.",
        owner_agency=agency("Testshire Police"),
        due_date=timezone.localdate() - timedelta(days=10),
        agreed_on=timezone.localdate() - timedelta(days=40),
    )
    services.action_add(
        user=bu,
        recommendation=recommendation,
        text="The health side of the audit.",
        owner_agency=agency("Testshire Health"),
        due_date=timezone.localdate() - timedelta(days=5),
    )
    return overdue


def test_the_agency_lead_updates_their_action_and_adds_evidence(
    open_as, police_action, axe, tmp_path
):
    lead = make_user(Role.AGENCY_LEAD, username="police-lead")
    page = open_as(lead)
    page.goto("/home/")
    main = page.locator("main")
    expect(main).to_contain_text("1 overdue and 0 stalled")
    expect(main).not_to_contain_text("The health side")  # another agency's
    page.get_by_role("link", name="Action 1.1 of Audit plan").click()
    _heading(page, "Action 1.1")

    page.get_by_role("button", name="Add an update").click()
    _heading(page, "Add an update to action 1.1")
    page.get_by_label("What has happened").fill("")
    page.get_by_role("button", name="Add the update").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter what has happened")
    _assert_accessible(axe, page, "update form with errors")
    page.get_by_label("What has happened").fill("First report given; the second is late.")
    page.get_by_label("At risk").check()
    page.get_by_role("button", name="Add the update").click()
    expect(page.locator("main")).to_contain_text("Update added.")
    expect(page.locator("main")).to_contain_text("First report given; the second is late.")
    police_action.refresh_from_db()
    assert police_action.status == Action.Status.AT_RISK

    page.get_by_role("button", name="Add evidence").click()
    _assert_accessible(axe, page, "evidence form")
    page.get_by_label("What the evidence shows").fill("The first quarterly report.")
    page.get_by_label("File (optional)").set_input_files(
        files=[{"name": "page.pdf", "mimeType": "application/pdf", "buffer": b"<html></html>"}]
    )
    page.get_by_role("button", name="Add the evidence").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "page.pdf does not contain what its name says (PDF)"
    )
    _assert_accessible(axe, page, "evidence form with errors")
    assert not ActionEvidence.objects.exists()
    page.get_by_label("What the evidence shows").fill("The first quarterly report.")
    page.get_by_label("File (optional)").set_input_files(
        files=[{"name": "report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Add the evidence").click()
    expect(page.locator("main")).to_contain_text("Evidence added.")
    _assert_accessible(axe, page, "action with an update and evidence")

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"report\.pdf")).click()
    download = download_info.value
    assert download.suggested_filename == "report.pdf"
    saved = tmp_path / "report.pdf"
    download.save_as(saved)
    assert saved.read_bytes() == PDF


def test_the_chair_reads_how_the_plans_are_going(open_as, police_action, axe):
    chair = open_as(make_user(Role.INDEPENDENT_CHAIR, username="chair"))
    chair.goto("/board/actions/")
    _heading(chair, "Action plans")
    main = chair.locator("main")
    expect(main).to_contain_text("Testshire Health")
    expect(main.get_by_role("link", name="Audit plan")).to_be_visible()
    _assert_accessible(axe, chair, "summary with figures")
    main.get_by_role("link", name="Audit plan").click()
    _heading(chair, "Audit plan")
    expect(chair.locator("main")).to_contain_text("The health side of the audit.")
    chair.get_by_role("link", name="Action 1.1", exact=True).click()
    expect(chair.get_by_role("button", name="Add an update")).to_have_count(0)
    expect(chair.get_by_role("link", name="Change this action")).to_have_count(0)

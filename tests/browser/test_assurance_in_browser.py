"""Audits and policies in the browser: the business unit sets up the year's programme, a
section 11 round and a case audit whose finding raises an action; the police's agency lead
records their own self-grade; the business unit keeps a policy's versions and its document;
the chair reads the year at a glance. Every page on the way passes axe (WCAG 2.2 A, AA)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.actions.models import Action
from safeboard.assurance import services
from safeboard.assurance.models import Audit, PolicyVersion, Section11Grade
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import agency, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SLOW_MACHINE_MS = 30_000  # these journeys load many pages; allow a busy test machine
COUNCIL, POLICE, HEALTH = "Testshire County Council", "Testshire Police", "Testshire Health"


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


def test_the_business_unit_runs_the_years_audits(open_as, partnership, axe):
    bu = make_user(Role.BUSINESS_UNIT, username="bu")
    page = open_as(bu)
    page.goto("/board/assurance/?year=2018")
    _heading(page, "Audits and policies")
    expect(page.locator("main")).to_contain_text("There is no audit programme for 2017/18 yet.")
    _assert_accessible(axe, page, "year at a glance, empty")

    page.get_by_role("button", name="Add the programme for 2017/18").click()
    page.get_by_label("Year ending (2018 for 2017/18)").fill("")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("There is a problem")
    _assert_accessible(axe, page, "programme form with errors")
    page.get_by_label("Year ending (2018 for 2017/18)").fill("2018")
    page.get_by_label("Date the board agreed it (optional)").fill("2017-07-25")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Audit programme 2017/18")
    _assert_accessible(axe, page, "programme detail, empty")

    # A section 11 round of the three agencies, with the usual standards.
    page.get_by_role("button", name="Add an audit").click()
    _assert_accessible(axe, page, "audit form")
    page.get_by_label("Title").fill("Section 11 round 2017/18")
    page.get_by_label("Section 11 audit").check()
    page.get_by_label("Scope").fill("Every agency's arrangements against the eight standards.")
    for name in (COUNCIL, POLICE, HEALTH):
        page.get_by_label(name).check()
    page.get_by_label("Planned completion").fill("2018-01-31")
    page.get_by_label("In progress").check()
    page.get_by_role("button", name="Save").click()
    _heading(page, "Section 11 round 2017/18")
    page.get_by_role("button", name="Add the usual eight standards").click()
    expect(page.locator("main")).to_contain_text("8 standards added.")
    expect(page.locator("main")).to_contain_text("1. Senior management commitment")
    _assert_accessible(axe, page, "section 11 audit with standards")

    # The business unit records health's self-grade from the grid.
    page.get_by_role("link", name=f"Record {HEALTH}'s grade for standard 1").click()
    page.get_by_label("Partially met").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Partially met")
    grade = Section11Grade.objects.get()
    assert (grade.agency.name, grade.standard.number, grade.grade) == (HEALTH, 1, "partially-met")

    # A case audit: a finding, then an action raised from it into the audit's plan.
    page.goto("/board/assurance/audit/new/")
    page.get_by_label("Programme").select_option(label="Audit programme 2017/18")
    page.get_by_label("Title").fill("Neglect: multi-agency case audit")
    page.get_by_label("Multi-agency audit").check()
    page.get_by_label("Scope").fill("Twelve children on plans for neglect.")
    page.get_by_label(COUNCIL).check()
    page.get_by_label(HEALTH).check()
    page.get_by_label("Lead (optional)").select_option(label="Person bu (Testshire Police)")
    page.get_by_label("Planned completion").fill("2017-11-30")
    page.get_by_label("Complete", exact=True).check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter the date the audit was completed"
    )
    _assert_accessible(axe, page, "audit form with errors")
    page.get_by_label("Date completed").fill("2017-12-14")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Neglect: multi-agency case audit")

    page.get_by_role("button", name="Add a finding").click()
    page.get_by_label("Finding", exact=True).fill("The neglect screening tool was rarely used")
    page.get_by_label("Requires improvement").check()
    page.get_by_role("button", name="Save").click()
    _heading(page, "Finding 1: The neglect screening tool was rarely used")
    _assert_accessible(axe, page, "finding detail")

    page.get_by_role("button", name="Raise an action from this finding").click()
    _heading(page, "Raise an action")
    page.get_by_role("button", name="Raise the action").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say what the action is")
    _assert_accessible(axe, page, "raise an action with errors")
    page.get_by_label("What the audit recommends (optional)").fill(
        "Embed the neglect screening tool in every agency."
    )
    page.get_by_label("The action").fill("Train every social work team in the toolkit.")
    page.get_by_label("Owner agency").select_option(label=COUNCIL)
    page.get_by_label("Due date").fill("2018-06-30")
    page.get_by_role("button", name="Raise the action").click()
    expect(page.locator("main")).to_contain_text("Action 1.1 raised into the audit's plan.")
    expect(page.locator("main")).to_contain_text("Train every social work team in the toolkit.")
    _assert_accessible(axe, page, "case audit with its finding and action")
    action = Action.objects.get()
    assert action.recommendation.plan == Audit.objects.get(kind="multi-agency").action_plan

    page.goto("/board/assurance/?year=2018")
    main = page.locator("main")
    expect(main).to_contain_text("Complete")
    expect(main).to_contain_text("0 of 1 self-grades (0.0%)")  # partially met
    _assert_accessible(axe, page, "year at a glance with audits")


@pytest.fixture
def section_11_round(partnership):
    bu = make_user(Role.BUSINESS_UNIT, username="bu")
    programme = services.programme_create(partnership=partnership, year=2018)
    audit = services.audit_create(
        programme=programme,
        title="Section 11 round 2017/18",
        kind=Audit.Kind.SECTION_11,
        scope="The three agencies.",
        planned_completion=date(2018, 1, 31),
        status=Audit.Status.IN_PROGRESS,
        agencies=[agency(COUNCIL), agency(POLICE), agency(HEALTH)],
    )
    standards = services.standards_add_usual(audit=audit)
    services.grade_record(user=bu, standard=standards[0], agency=agency(HEALTH), grade="not-met")
    return audit


def test_the_agency_lead_records_their_own_self_grade(open_as, section_11_round, axe):
    lead = make_user(Role.AGENCY_LEAD, username="police-lead")  # in the police
    page = open_as(lead)
    page.goto("/board/assurance/")
    page.get_by_role("link", name="Section 11 round 2017/18").first.click()
    _heading(page, "Section 11 round 2017/18")
    main = page.locator("main")
    expect(main).to_contain_text("Record your agency's self-grade")
    expect(main.get_by_role("link", name=f"Record {HEALTH}'s grade")).to_have_count(0)
    # Health's grade (not met) is not the police's to see.
    expect(main.get_by_role("link", name="Not met")).to_have_count(0)
    _assert_accessible(axe, page, "section 11 audit as the agency lead")

    main.get_by_role("link", name=f"Record {POLICE}'s grade for standard 5").click()
    _heading(page, "Add section 11 grade")
    page.get_by_label("Met", exact=True).check()
    page.get_by_label("Evidence (optional)").fill("Every officer completed level 2 training.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Every officer completed level 2 training.")
    _assert_accessible(axe, page, "the lead's grade")
    grade = Section11Grade.objects.get(agency=agency(POLICE))
    assert (grade.standard.number, grade.grade) == (5, "met")

    page.goto("/board/assurance/section-11/?year=2018")
    _heading(page, "Section 11 results")
    expect(page.locator("main")).to_contain_text("You see your own agency's self-grades only.")
    expect(page.locator("main")).to_contain_text("1 of 1 self-grades met (100.0%)")
    _assert_accessible(axe, page, "section 11 results as the agency lead")


def test_the_business_unit_keeps_a_policy_and_its_document(open_as, partnership, axe, tmp_path):
    bu = make_user(Role.BUSINESS_UNIT, username="bu", agency_name=COUNCIL)
    page = open_as(bu)
    page.goto("/board/assurance/policy/")
    _heading(page, "Policies and procedures")
    page.get_by_role("button", name="Add policy").click()
    page.get_by_label("Title").fill("Threshold document")
    page.get_by_label("Threshold document").check()
    page.get_by_label("Owning agency").select_option(label=COUNCIL)
    page.get_by_label("Owner (optional)").select_option(label=f"Person bu ({COUNCIL})")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Threshold document")
    expect(page.locator("main")).to_contain_text("No versions yet.")
    _assert_accessible(axe, page, "policy without versions")

    page.get_by_role("button", name="Add a version").click()
    page.get_by_label("Version", exact=True).fill("2.0")
    page.get_by_label("Approved", exact=True).check()
    page.get_by_label("Date approved").fill("2017-09-12")
    page.get_by_label("Approved by").fill("Board meeting")
    review = timezone.localdate() - timedelta(days=3)  # overdue already
    page.get_by_label("Next review date").fill(review.isoformat())
    page.get_by_label("Upload the document (optional)").set_input_files(
        files=[{"name": "threshold.pdf", "mimeType": "application/pdf", "buffer": b"<html/>"}]
    )
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "threshold.pdf does not contain what its name says (PDF)"
    )
    _assert_accessible(axe, page, "version form with errors")
    assert not PolicyVersion.objects.exists()
    page.get_by_label("Upload the document (optional)").set_input_files(
        files=[{"name": "threshold.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Save").click()
    _heading(page, "Threshold document v2.0")
    _assert_accessible(axe, page, "version detail")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download threshold.pdf").click()
    download = download_info.value
    assert download.suggested_filename == "threshold.pdf"
    saved = tmp_path / "threshold.pdf"
    download.save_as(saved)
    assert saved.read_bytes() == PDF

    page.get_by_role("link", name="Threshold document").first.click()
    expect(page.locator("main")).to_contain_text("Overdue since")
    _assert_accessible(axe, page, "policy with its version in force")
    page.goto("/home/")
    expect(page.locator("main")).to_contain_text("Policy reviews and audits")
    expect(page.locator("main")).to_contain_text("1 overdue and 0 due in the next 30 days")
    _assert_accessible(axe, page, "home with an overdue review")


def test_the_chair_reads_the_year(open_as, section_11_round, axe):
    chair = open_as(make_user(Role.INDEPENDENT_CHAIR, username="chair"))
    chair.goto("/board/assurance/")
    _heading(chair, "Audits and policies")
    main = chair.locator("main")
    expect(main).to_contain_text("0 of 1 self-grades (0.0%) say the standard is met")
    expect(main.get_by_role("button", name="Add an audit")).to_have_count(0)
    _assert_accessible(axe, chair, "year at a glance as the chair")
    chair.get_by_role("link", name="Section 11 results by standard and agency").click()
    expect(chair.locator("main")).to_contain_text(HEALTH)
    _assert_accessible(axe, chair, "section 11 results as the chair")
    chair.goto("/board/assurance/reviews/")
    _heading(chair, "Policy reviews due")
    _assert_accessible(axe, chair, "reviews due as the chair")

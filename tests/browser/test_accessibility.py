"""axe-core on every page of the site, signed in as the business unit and signed out.

Only the WCAG 2.2 A and AA rules run (axe's tags for WCAG 2.0, 2.1 and 2.2 at
levels A and AA): the bar the public sector accessibility regulations set.
Each page is its own test, so a report names the page that fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.partnership.models import Agency, Person
from tests.factories import make_totp_device, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_A_AA}, "resultTypes": ["violations"]}

ANONYMOUS = "anonymous"
BUSINESS_UNIT = "business-unit"  # signed in and through two-factor sign-in
NEW_BUSINESS_UNIT = "business-unit-before-set-up"  # signed in, no authenticator yet
UNVERIFIED_BUSINESS_UNIT = "business-unit-before-code"  # signed in, code not entered yet
AGENCY_LEAD = "agency-lead"


@dataclass(frozen=True)
class Visit:
    """A page to check: who looks, where they go, and what must be on it."""

    who: str
    path: str  # may hold {agency}, {person} or {reset}, filled in from the test data
    heading: str
    status: int = 200
    before: tuple[str, ...] = ()  # pages to open first (to leave records behind)
    submit: str | None = None  # a button to press on the page before the check
    expect_text: tuple[str, ...] = ()
    setup: Callable[[], None] | None = None  # makes the records the page needs


def _report_2018() -> None:
    from safeboard.partnership.models import Partnership
    from safeboard.report.services import report_for_year

    report_for_year(partnership=Partnership.objects.get(), year=2018)


PAGES = {
    # Signed out
    "start": Visit(ANONYMOUS, "/", "Safeboard"),
    "sign-in": Visit(ANONYMOUS, "/accounts/sign-in/", "Sign in to Safeboard"),
    "sign-in-with-errors": Visit(
        ANONYMOUS,
        "/accounts/sign-in/",
        "Sign in to Safeboard",
        submit="Sign in",
        expect_text=("There is a problem",),
    ),
    "password-reset": Visit(ANONYMOUS, "/accounts/password/reset/", "Reset your password"),
    "password-reset-with-errors": Visit(
        ANONYMOUS,
        "/accounts/password/reset/",
        "Reset your password",
        submit="Send the link",
        expect_text=("There is a problem",),
    ),
    "password-reset-sent": Visit(ANONYMOUS, "/accounts/password/reset/sent/", None),
    "password-reset-new-password": Visit(ANONYMOUS, "{reset}", "Choose a new password"),
    "password-reset-expired-link": Visit(
        ANONYMOUS, "/accounts/password/reset/MQ/not-a-token/", "This link has expired"
    ),
    "password-reset-complete": Visit(ANONYMOUS, "/accounts/password/reset/done/", None),
    "signed-out": Visit(ANONYMOUS, "/accounts/signed-out/", None),
    "accessibility-statement-signed-out": Visit(ANONYMOUS, "/accessibility/", None),
    "not-found-signed-out": Visit(ANONYMOUS, "/no-such-page/", "Page not found", status=404),
    # Two-factor sign-in
    "two-factor-setup": Visit(
        NEW_BUSINESS_UNIT, "/accounts/two-factor/setup/", "Set up two-factor sign-in"
    ),
    "two-factor-setup-with-errors": Visit(
        NEW_BUSINESS_UNIT,
        "/accounts/two-factor/setup/",
        "Set up two-factor sign-in",
        submit="Continue",
        expect_text=("There is a problem",),
    ),
    "two-factor-verify": Visit(
        UNVERIFIED_BUSINESS_UNIT,
        "/accounts/two-factor/",
        "Enter the code from your authenticator app",
    ),
    "two-factor-verify-with-errors": Visit(
        UNVERIFIED_BUSINESS_UNIT,
        "/accounts/two-factor/",
        "Enter the code from your authenticator app",
        submit="Continue",
        expect_text=("There is a problem",),
    ),
    # Signed in as the business unit
    "home": Visit(BUSINESS_UNIT, "/home/", "Home"),
    "partnership-overview": Visit(BUSINESS_UNIT, "/partnership/", None),
    "agency-returns-figure": Visit(
        BUSINESS_UNIT,
        "/agency-returns/figures/pf_notifications/?year=2018",
        "Notifications of new private fostering arrangements received",
    ),
    "agency-returns-figures": Visit(
        BUSINESS_UNIT, "/agency-returns/figures/?year=2018", "Agency returns' figures, 2017/18"
    ),
    "agency-list": Visit(BUSINESS_UNIT, "/partnership/agencies/", "Partner agencies"),
    "agency-detail": Visit(BUSINESS_UNIT, "/partnership/agencies/{agency}/", "Testshire Police"),
    "agency-create": Visit(BUSINESS_UNIT, "/partnership/agencies/new/", "Add an agency"),
    "agency-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/partnership/agencies/new/",
        "Add an agency",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "agency-edit": Visit(
        BUSINESS_UNIT, "/partnership/agencies/{agency}/edit/", "Change Testshire Police"
    ),
    "agency-saved": Visit(
        BUSINESS_UNIT,
        "/partnership/agencies/{agency}/edit/",
        "Testshire Police",
        submit="Save",
        expect_text=("Testshire Police saved.",),
    ),
    "people-list": Visit(BUSINESS_UNIT, "/partnership/people/", "People"),
    "person-detail": Visit(BUSINESS_UNIT, "/partnership/people/{person}/", None),
    "search-empty": Visit(BUSINESS_UNIT, "/search/", "Search"),
    "search-with-results": Visit(
        BUSINESS_UNIT, "/search/?q=Testshire", "Search", expect_text=("results",)
    ),
    "search-too-short": Visit(BUSINESS_UNIT, "/search/?q=T", "Search"),
    "audit-changes": Visit(BUSINESS_UNIT, "/audit/", "Changes to records"),
    "audit-events": Visit(
        BUSINESS_UNIT, "/audit/events/", None, before=("/search/?q=Police", "/audit/")
    ),
    "accessibility-statement": Visit(BUSINESS_UNIT, "/accessibility/", None),
    "password-change": Visit(BUSINESS_UNIT, "/accounts/password/change/", "Change your password"),
    "password-change-with-errors": Visit(
        BUSINESS_UNIT,
        "/accounts/password/change/",
        "Change your password",
        submit="Change password",
        expect_text=("There is a problem",),
    ),
    "not-found": Visit(
        BUSINESS_UNIT, "/partnership/agencies/999999/", "Page not found", status=404
    ),
    # The refusal page, as a role that is refused the audit trail
    "forbidden": Visit(AGENCY_LEAD, "/audit/", "You do not have access to this page", status=403),
    # Agency returns (the review and detail pages: tests/browser/test_agency_returns_in_browser.py)
    "agency-returns": Visit(BUSINESS_UNIT, "/agency-returns/?year=2018", "Agency returns"),
    "agency-returns-as-lead": Visit(AGENCY_LEAD, "/agency-returns/", "Agency returns"),
    "agency-return-template": Visit(
        BUSINESS_UNIT, "/agency-returns/templates/private_fostering/", "Private fostering"
    ),
    "agency-return-fill": Visit(
        AGENCY_LEAD,
        "/agency-returns/police_cse/2018/q1/",
        "Police child sexual exploitation investigations: Q1 2017/18",
    ),
    "agency-return-fill-with-errors": Visit(
        AGENCY_LEAD,
        "/agency-returns/police_cse/2018/q1/",
        "Police child sexual exploitation investigations: Q1 2017/18",
        submit="Submit to the business unit",
        expect_text=("There is a problem",),
    ),
    "agency-return-upload": Visit(
        AGENCY_LEAD,
        "/agency-returns/police_cse/2018/q1/upload/",
        "Police child sexual exploitation investigations: Q1 2017/18",
    ),
    "agency-return-upload-with-errors": Visit(
        AGENCY_LEAD,
        "/agency-returns/police_cse/2018/q1/upload/",
        "Police child sexual exploitation investigations: Q1 2017/18",
        submit="Check and load the figures",
        expect_text=("There is a problem",),
    ),
    # Dashboards, before any return is in (with data, with charts and figures:
    # tests/dashboards/test_dashboards_in_browser.py, which runs axe on every page too)
    "dashboards": Visit(BUSINESS_UNIT, "/dashboards/", "Dashboards"),
    "dashboard-referrals": Visit(
        BUSINESS_UNIT, "/dashboards/referrals/", "Contacts, referrals and assessments"
    ),
    "dashboard-children-in-need": Visit(
        BUSINESS_UNIT, "/dashboards/children-in-need/", "Children in need, looked after and missing"
    ),
    "dashboard-child-protection": Visit(
        BUSINESS_UNIT, "/dashboards/child-protection/", "Child protection"
    ),
    "dashboard-figure": Visit(
        BUSINESS_UNIT,
        "/dashboards/figures/cp_by_gender/2018-03-31/?dim=gender&value=Female",
        "Children subject to a child protection plan by gender: Female",
    ),
    # Lead agency reports, before any theme is set (with reports:
    # tests/browser/test_agency_reports_in_browser.py, which runs axe on every page too)
    "agency-reports": Visit(
        BUSINESS_UNIT, "/board/agency-reports/?year=2018", "Lead agency reports"
    ),
    "agency-reports-as-lead": Visit(AGENCY_LEAD, "/board/agency-reports/", "Lead agency reports"),
    "agency-report-themes": Visit(BUSINESS_UNIT, "/board/agency-reports/theme/", "Themes"),
    "agency-report-theme-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/agency-reports/theme/new/",
        "Add theme",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "agency-report-appendix-b": Visit(
        BUSINESS_UNIT, "/board/agency-reports/appendix-b/2018/", "Lead Agency Reports 2017-18"
    ),
    # Governance, before any group is recorded (with records:
    # tests/browser/test_governance_in_browser.py, which runs axe on every page too)
    "governance": Visit(BUSINESS_UNIT, "/board/governance/", "Governance"),
    "governance-as-lead": Visit(AGENCY_LEAD, "/board/governance/", "Governance"),
    "governance-groups": Visit(
        BUSINESS_UNIT, "/board/governance/group/", "The board and sub-groups"
    ),
    "governance-group-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/governance/group/new/",
        "Add board or sub-group",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "governance-members": Visit(BUSINESS_UNIT, "/board/governance/membership/", "Members"),
    "governance-membership-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/governance/membership/new/",
        "Add membership",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "governance-meetings": Visit(BUSINESS_UNIT, "/board/governance/meeting/", "Meetings"),
    "governance-meeting-create": Visit(
        BUSINESS_UNIT, "/board/governance/meeting/new/", "Add meeting"
    ),
    "governance-attendance-rates-as-lead": Visit(
        AGENCY_LEAD, "/board/governance/attendance-rates/", "Attendance"
    ),
    "governance-priorities": Visit(
        BUSINESS_UNIT, "/board/governance/priority/", "Strategic priorities"
    ),
    "governance-priority-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/governance/priority/new/",
        "Add strategic priority",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    # Budget, before any year is recorded (with data: tests/browser/test_budget_in_browser.py)
    "budget": Visit(BUSINESS_UNIT, "/board/budget/", "Budget"),
    "budget-as-lead": Visit(AGENCY_LEAD, "/board/budget/", "Budget"),
    "budget-years": Visit(BUSINESS_UNIT, "/board/budget/year/", "Financial years"),
    "budget-year-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/budget/year/new/",
        "Add financial year",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "budget-contribution-create": Visit(
        BUSINESS_UNIT, "/board/budget/contribution/new/", "Add partner contribution"
    ),
    "budget-review-spending-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/budget/review-spending/new/",
        "Add review spending",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    # Learning and improvement, before any course (with records:
    # tests/browser/test_training_in_browser.py)
    "training": Visit(BUSINESS_UNIT, "/board/training/?year=2018", "Learning and improvement"),
    "training-as-lead": Visit(AGENCY_LEAD, "/board/training/", "Learning and improvement"),
    "training-courses": Visit(BUSINESS_UNIT, "/board/training/course/", "Courses"),
    "training-course-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/training/course/new/",
        "Add course",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "training-events": Visit(BUSINESS_UNIT, "/board/training/event/?year=2018", "Training events"),
    "training-bookings-as-lead": Visit(AGENCY_LEAD, "/board/training/booking/", "Bookings"),
    "training-import": Visit(
        BUSINESS_UNIT, "/board/training/import/", "Import bookings and attendance"
    ),
    "training-import-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/training/import/",
        "Import bookings and attendance",
        submit="Check the file",
        expect_text=("There is a problem",),
    ),
    # Action plans, before any plan is recorded (with records: tests/browser/test_actions_in_browser.py)
    "actions": Visit(BUSINESS_UNIT, "/board/actions/", "Action plans"),
    "actions-as-lead": Visit(AGENCY_LEAD, "/board/actions/", "Action plans"),
    "action-plans": Visit(BUSINESS_UNIT, "/board/actions/plan/", "Action plans"),
    "action-plan-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/actions/plan/new/",
        "Add action plan",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "actions-every-action": Visit(BUSINESS_UNIT, "/board/actions/action/", "Actions"),
    # Child death reviews, before any case (with records: tests/browser/test_cdop_in_browser.py)
    "cdop": Visit(BUSINESS_UNIT, "/cdop/", "Child death reviews"),
    "cdop-as-lead": Visit(AGENCY_LEAD, "/cdop/", "Child death reviews"),
    "cdop-deaths": Visit(BUSINESS_UNIT, "/cdop/death/?year=2018", "Child deaths notified"),
    "cdop-death-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/cdop/death/new/",
        "Add child death",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "cdop-review-create": Visit(BUSINESS_UNIT, "/cdop/review/new/", "Add panel review"),
    "cdop-year": Visit(BUSINESS_UNIT, "/cdop/year/?year=2018", "The panel's year"),
    "cdop-figures-as-lead": Visit(
        AGENCY_LEAD, "/cdop/figures/?year=2018", "Child death review figures"
    ),
    "cdop-refused-as-lead": Visit(
        AGENCY_LEAD, "/cdop/death/", "You do not have access to this page", status=403
    ),
    # Audits and policies, before any record (with data: test_assurance_in_browser.py)
    "assurance": Visit(BUSINESS_UNIT, "/board/assurance/?year=2018", "Audits and policies"),
    "assurance-as-lead": Visit(AGENCY_LEAD, "/board/assurance/", "Audits and policies"),
    "assurance-audits": Visit(BUSINESS_UNIT, "/board/assurance/audit/?year=2018", "Audits"),
    "assurance-audit-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/assurance/audit/new/",
        "Add audit",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "assurance-section-11": Visit(
        BUSINESS_UNIT, "/board/assurance/section-11/?year=2018", "Section 11 results"
    ),
    "assurance-grade-create-as-lead": Visit(
        AGENCY_LEAD, "/board/assurance/grade/new/", "Add section 11 grade"
    ),
    "assurance-policies": Visit(
        BUSINESS_UNIT, "/board/assurance/policy/", "Policies and procedures"
    ),
    "assurance-policy-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/board/assurance/policy/new/",
        "Add policy",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "assurance-reviews": Visit(BUSINESS_UNIT, "/board/assurance/reviews/", "Policy reviews due"),
    # Serious incidents and practice reviews, before any case (with records:
    # tests/browser/test_reviews_in_browser.py, which runs axe on every page too)
    "reviews": Visit(BUSINESS_UNIT, "/reviews/", "Serious incidents and practice reviews"),
    "reviews-as-lead": Visit(AGENCY_LEAD, "/reviews/", "Serious incidents and practice reviews"),
    "reviews-figures-as-lead": Visit(
        AGENCY_LEAD, "/reviews/figures/?year=2019", "Figures for 2018/19"
    ),
    "reviews-notifications": Visit(
        BUSINESS_UNIT, "/reviews/notification/?year=2019", "Serious incident notifications"
    ),
    "reviews-notification-create-with-errors": Visit(
        BUSINESS_UNIT,
        "/reviews/notification/new/",
        "Add serious incident notification",
        submit="Save",
        expect_text=("There is a problem",),
    ),
    "reviews-review-create": Visit(BUSINESS_UNIT, "/reviews/review/new/", "Add practice review"),
    "reviews-refused-as-lead": Visit(
        AGENCY_LEAD, "/reviews/review/", "You do not have access to this page", status=403
    ),
    # The annual report
    "report-index": Visit(BUSINESS_UNIT, "/report/", "Annual reports"),
    "report-start-with-errors": Visit(
        BUSINESS_UNIT,
        "/report/",
        "Annual reports",
        submit="Start the report",
        expect_text=("There is a problem",),
    ),
    "report-detail": Visit(
        BUSINESS_UNIT, "/report/2018/", "Annual report 2017/18", setup=_report_2018
    ),
    "report-checklist": Visit(
        BUSINESS_UNIT, "/report/2018/checklist/", "Statutory checklist", setup=_report_2018
    ),
    "report-scrutiny": Visit(
        BUSINESS_UNIT, "/report/2018/scrutiny/", "Independent scrutiny", setup=_report_2018
    ),
    "report-sign-off": Visit(
        BUSINESS_UNIT,
        "/report/2018/sign-off/",
        "Sign-off by the statutory partners",
        setup=_report_2018,
    ),
    "report-sections": Visit(
        BUSINESS_UNIT, "/report/sections/?year=2018", "Report sections", setup=_report_2018
    ),
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def violation_report(page_id: str, url: str, violations: list[dict]) -> str:
    lines = [f"{len(violations)} WCAG 2.2 A/AA violation(s) on {page_id} ({url}):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation.get('impact')}]: {violation['help']} ({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(f"    {target}: {node.get('failureSummary', '').replace(chr(10), ' ')}")
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


def _user_for(who: str):
    if who == ANONYMOUS:
        return None, True
    if who == AGENCY_LEAD:
        return make_user(Role.AGENCY_LEAD), True
    user = make_user(Role.BUSINESS_UNIT)
    if who == NEW_BUSINESS_UNIT:
        return user, False
    if who == UNVERIFIED_BUSINESS_UNIT:
        make_totp_device(user)
        return user, False
    return user, True


@pytest.mark.parametrize("page_id", list(PAGES))
def test_page_meets_wcag_22_aa(page_id, new_page, live_server, partnership, axe):
    visit = PAGES[page_id]
    user, verified = _user_for(visit.who)
    page = new_page(user, verified=verified)

    if visit.setup is not None:
        visit.setup()
    reset_user = make_user(None, username="resetter") if "{reset}" in visit.path else None
    path = visit.path.format(
        agency=Agency.objects.get(name="Testshire Police").pk,
        person=Person.objects.order_by("pk").first().pk if "{person}" in visit.path else "",
        reset=(
            f"/accounts/password/reset/{urlsafe_base64_encode(force_bytes(reset_user.pk))}/"
            f"{default_token_generator.make_token(reset_user)}/"
            if reset_user
            else ""
        ),
    )
    for earlier in visit.before:
        page.goto(earlier)
    response = page.goto(path)
    assert response is not None
    assert response.status == visit.status, f"{page_id}: {path} answered {response.status}"
    if visit.submit:
        page.locator("main form").get_by_role("button", name=visit.submit).click()
        page.wait_for_load_state()
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_count(1)
    if visit.heading:
        expect(heading).to_have_text(visit.heading)
    for text in visit.expect_text:
        expect(page.locator("main")).to_contain_text(text)
    # GOV.UK Frontend's JavaScript has started (it adds this class), so the
    # page is checked as users see it.
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))

    results = axe.run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    assert not violations, violation_report(page_id, page.url, violations)

"""Governance in the browser: the business unit sets up a sub-group, its chair, a meeting
and its attendance; a board member reads the attendance rates and quoracy; an agency lead
sees only their own agency's members. Every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import make_user
from tests.governance.conftest import board, person, schools, sub_groups  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


# The first request of a test run loads every area's URLs and their imports, which on a
# busy machine can take longer than the default timeout.
FIRST_LOAD_MS = 60_000


def _heading(page, text: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


def test_business_unit_sets_up_a_sub_group_and_records_a_meeting(new_page, partnership, axe):
    bob = person("Bob Browser", "Testshire Police")
    ann = person("Ann Browser", "Testshire County Council")
    page = new_page(make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto("/board/governance/", timeout=FIRST_LOAD_MS)
    _heading(page, "Governance")
    _assert_accessible(axe, page, "governance index, empty")

    page.get_by_role("link", name="The board and sub-groups").click()
    page.get_by_role("button", name="Add board or sub-group").click()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("There is a problem")
    _assert_accessible(axe, page, "group form with errors")
    page.get_by_label("Name", exact=True).fill("Procedures")
    page.get_by_label("Sub-group", exact=True).check()
    page.get_by_label("Set up on").fill("2016-04-01")
    page.get_by_label("Quorum: members").fill("2")
    page.get_by_label("Quorum: statutory partners").fill("1")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Procedures")
    # Never had a chair: a vacancy since the day it was set up.
    expect(page.locator("main")).to_contain_text("No chair")
    expect(page.locator("main")).to_contain_text("since 1 April 2016")
    _assert_accessible(axe, page, "group detail, vacant")

    page.get_by_role("link", name="Appoint a chair").click()
    page.get_by_label("Person").select_option(label="Ann Browser (Testshire County Council)")
    page.get_by_label("Started on").fill("2017-01-01")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Membership added.")
    assert Membership.objects.get(person=ann).role == Membership.Role.CHAIR
    _assert_accessible(axe, page, "membership detail")
    page.goto(f"/board/governance/group/{BoardGroup.objects.get().pk}/")
    expect(page.locator("main")).not_to_contain_text("No chair")

    page.get_by_role("link", name="Add a member").click()
    page.get_by_label("Person").select_option(label="Bob Browser (Testshire Police)")
    page.get_by_label("Started on").fill("2017-01-01")
    page.get_by_role("button", name="Save").click()
    assert Membership.objects.get(person=bob).agency.name == "Testshire Police"

    page.goto(f"/board/governance/group/{BoardGroup.objects.get().pk}/")
    page.get_by_role("link", name="Arrange a meeting").click()
    page.get_by_label("Date", exact=True).fill("2018-02-07")
    page.get_by_label("Venue").fill("Shire Hall")
    page.get_by_role("button", name="Save").click()
    _heading(page, "Procedures, 7 February 2018")
    page.get_by_role("button", name="Record attendance").click()
    _heading(page, "Procedures, 7 February 2018")
    _assert_accessible(axe, page, "attendance sheet")
    ann_row = page.get_by_role("group", name=re.compile("Ann Browser"))
    ann_row.get_by_label("Present").check()
    bob_row = page.get_by_role("group", name=re.compile("Bob Browser"))
    bob_row.get_by_label("Deputy sent").check()
    page.get_by_label("Deputy for Bob Browser").fill("Sergeant Stand-in")
    page.get_by_role("button", name="Save attendance").click()
    expect(page.locator("main")).to_contain_text("Attendance recorded for 2 members.")
    # 2 counted (a deputy counts), 2 statutory partners: quorate under 2 including 1.
    expect(page.locator("main")).to_contain_text("Quorate")
    expect(page.locator("main")).to_contain_text("2 members counted, from 2 statutory partners")
    _assert_accessible(axe, page, "meeting detail")
    assert Attendance.objects.get(membership__person=bob).deputy_name == "Sergeant Stand-in"
    assert Meeting.objects.get().held_on == date(2018, 2, 7)

    page.get_by_role("link", name="History of changes").click()
    _assert_accessible(axe, page, "meeting history")


def test_board_member_reads_attendance_and_quoracy(new_page, sub_groups, axe):  # noqa: F811
    page = new_page(make_user(Role.BOARD_MEMBER, username="member"))
    page.goto("/board/governance/?year=2018", timeout=FIRST_LOAD_MS)
    _heading(page, "Governance")
    expect(page.locator("main")).to_contain_text("Not quorate")
    expect(page.locator("main")).to_contain_text("Vacant for 212 days, since 1 September 2017")
    _assert_accessible(axe, page, "governance index, 2017/18")

    page.get_by_role("link", name="Attendance rates in 2017/18 (Appendix D)").click()
    _heading(page, "Attendance at Testshire Safeguarding Children Board")
    by_member = page.get_by_role("table", name=re.compile("by member"))
    expect(by_member.get_by_role("row", name=re.compile("Ann Test"))).to_contain_text("80.0%")
    expect(by_member.get_by_role("row", name=re.compile("Dan Test"))).to_contain_text("66.7%")
    by_agency = page.get_by_role("table", name=re.compile("by agency"))
    expect(by_agency.get_by_role("row", name=re.compile("Testshire Health"))).to_contain_text(
        "80.0%"
    )
    _assert_accessible(axe, page, "attendance rates")

    page.get_by_role("link", name="Attendance at QPME in 2017/18").click()
    _heading(page, "Attendance at QPME")
    _assert_accessible(axe, page, "attendance rates, sub-group")

    page.goto("/board/governance/group/")
    page.get_by_role("link", name="QPME").click()
    expect(page.locator("main")).to_contain_text("Hal Test")
    expect(page.get_by_role("link", name="Add a member")).to_have_count(0)
    _assert_accessible(axe, page, "group detail as board member")


def test_agency_lead_sees_their_own_agency_only(new_page, board, axe):  # noqa: F811
    page = new_page(make_user(Role.AGENCY_LEAD, username="lead"))  # Testshire Police
    page.goto("/board/governance/attendance-rates/?year=2018", timeout=FIRST_LOAD_MS)
    main = page.locator("main")
    expect(main).to_contain_text("Bob Test")
    expect(main).to_contain_text("60.0%")
    expect(main).not_to_contain_text("Ann Test")
    _assert_accessible(axe, page, "attendance rates as agency lead")
    page.goto("/board/governance/membership/?year=2018")
    expect(page.locator("main table")).not_to_contain_text("Gus Test")
    expect(page.locator("main table")).to_contain_text("Bob Test")
    page.goto(f"/board/governance/membership/{board.members['Gus'].pk}/")
    _heading(page, "Page not found")

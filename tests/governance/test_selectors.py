"""Who reads which governance records and figures, per role."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.governance import selectors
from safeboard.governance.models import BoardGroup

TODAY = date(2018, 4, 30)  # after the 2017/18 year


@pytest.mark.parametrize(
    "role",
    [Role.BUSINESS_UNIT, Role.PERFORMANCE_ANALYST, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR],
)
def test_whole_board_roles_read_everything(sub_groups, users, role):
    user = users[role]
    assert selectors.membership_list(user=user, group=sub_groups.board).count() == 7
    rates = selectors.member_attendance(user=user, group=sub_groups.board, year=2018, today=TODAY)
    assert len(rates) == 7
    quoracies = selectors.quoracies(
        user=user,
        meetings=selectors.meeting_list(user=user, group=sub_groups.board, year=2018),
        today=TODAY,
    )
    # Of 2017/18's: M1, M3, M5 were not quorate; M2 and M4 were (see test_summaries).
    assert sorted(q.meeting.held_on.month for q in quoracies.values() if q.quorate is False) == [
        1,
        5,
        9,
    ]
    vacancies = selectors.vacancies(user=user, as_at=date(2017, 12, 31))
    assert [(v.group.name, v.days_vacant) for v in vacancies] == [
        ("QPME", 184),
        ("CSE sub-committee", 122),
    ]
    assert selectors.chairless_days(user=user, group=sub_groups.groups["QPME"], year=2018) == 191


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.CDOP_MEMBER, Role.CASE_REVIEW_MEMBER])
def test_own_agency_roles_read_their_own_agency(sub_groups, users, role):
    # The users are in Testshire Police: Bob is its only board member.
    user = users[role]
    members = selectors.membership_list(user=user, group=sub_groups.board)
    assert [m.person.full_name for m in members] == ["Bob Test"]
    (bob,) = selectors.member_attendance(user=user, group=sub_groups.board, year=2018, today=TODAY)
    assert (bob.expected, bob.attended, bob.percent) == (5, 3, Decimal("60.0"))
    (police,) = selectors.agency_attendance(
        user=user, group=sub_groups.board, year=2018, today=TODAY
    )
    assert (police.agency.name, police.represented, police.expected) == ("Testshire Police", 3, 5)
    assert {a.membership.person.full_name for a in selectors.attendance_list(user=user)} == {
        "Bob Test"
    }
    # The groups and meetings are everyone's; the whole-board figures are not theirs.
    assert selectors.group_list(user=user).count() == BoardGroup.objects.count()
    assert selectors.meeting_list(user=user, group=sub_groups.board, year=2018).count() == 6
    meetings = selectors.meeting_list(user=user)
    assert selectors.quoracies(user=user, meetings=meetings, today=TODAY) == {}
    assert selectors.vacancies(user=user, as_at=date(2017, 12, 31)) == []
    assert selectors.recent_inquorate(user=user, today=date(2018, 3, 31)) == []
    assert selectors.chairless_days(user=user, group=sub_groups.board, year=2018) is None


def test_a_user_without_a_role_sees_no_members(sub_groups, users):
    user = users[None]
    assert not selectors.membership_list(user=user).exists()
    assert not selectors.attendance_list(user=user).exists()
    assert selectors.member_attendance(user=user, group=sub_groups.board, year=2018) == []


def test_the_year_is_counted_to_today_at_the_latest(board, users):
    # On 1 Oct 2017 only M1..M3 have been held: Ann P P A = 2 of 3.
    user = users[Role.BOARD_MEMBER]
    rows = selectors.member_attendance(
        user=user, group=board.board, year=2018, today=date(2017, 10, 1)
    )
    ann = next(r for r in rows if r.person.full_name == "Ann Test")
    assert (ann.expected, ann.attended) == (3, 2)


def test_recent_inquorate_and_meetings_held(sub_groups, users):
    user = users[Role.BUSINESS_UNIT]
    recent = selectors.recent_inquorate(user=user, today=date(2018, 3, 31))
    assert [q.meeting.held_on for q in recent] == [
        date(2018, 1, 17),
        date(2017, 9, 13),
        date(2017, 5, 10),
    ]
    held = {
        r.group.name: r.held
        for r in selectors.meetings_held(user=user, year=2018, today=date(2018, 4, 30))
    }
    assert held == {
        "Testshire Safeguarding Children Board": 5,
        "CSE sub-committee": 1,
        "Procedures": 0,
        "QPME": 1,
    }


def test_the_board(sub_groups, users):
    user = users[Role.BOARD_MEMBER]
    assert selectors.the_board(user=user, on=date(2018, 1, 1)) == sub_groups.board

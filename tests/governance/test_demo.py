"""The demo's governance: what the source report says of its board, and built only once."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.demo.build import demo_partnership, demo_users
from safeboard.demo.governance import BOARD, CSE, QPME, demo_governance
from safeboard.governance import summaries
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import Person, StrategicPriority

START, END = date(2017, 4, 1), date(2018, 3, 31)


@pytest.fixture
def demo(db):
    partnership = demo_partnership()
    demo_users()
    assert demo_governance(partnership) is True
    return partnership


def test_running_it_again_adds_nothing(demo):
    counts = [
        m.objects.count()
        for m in (BoardGroup, Membership, Meeting, Attendance, Person, StrategicPriority)
    ]
    assert demo_governance(demo) is False
    assert [
        m.objects.count()
        for m in (BoardGroup, Membership, Meeting, Attendance, Person, StrategicPriority)
    ] == counts


def test_the_report_names_the_sub_groups_and_priorities(demo):
    names = set(BoardGroup.objects.values_list("name", flat=True))
    assert {BOARD, "Special Cases", QPME, "Procedures", CSE} == names
    assert list(StrategicPriority.objects.values_list("number", flat=True)) == [1, 2, 3, 4]


def test_a_new_independent_chair_from_1_november_2017(demo):
    board = BoardGroup.objects.get(name=BOARD)
    chairs = Membership.objects.filter(group=board, role=Membership.Role.CHAIR)
    assert summaries.chair_on(group=board, memberships=chairs, day=date(2017, 10, 31)) != (
        summaries.chair_on(group=board, memberships=chairs, day=date(2017, 11, 1))
    )
    assert all(c.agency is None for c in chairs)


def test_chairless_sub_groups(demo):
    chairs = list(Membership.objects.filter(role=Membership.Role.CHAIR))
    qpme = BoardGroup.objects.get(name=QPME)
    # QPME's chair left on 31 Mar 2017; the CCG lead took it on 15 Nov 2017:
    # 30 + 31 + 30 + 31 + 31 + 30 + 31 + 14 = 228 days, more than half the year.
    days = summaries.days_without_chair(group=qpme, memberships=chairs, start=START, end=END)
    assert days == 228
    assert days > 365 / 2
    assert qpme.memberships.get(started_on=date(2017, 11, 15)).agency.short_name == "CCGs"
    # The CSE sub-committee's chair left on 31 Dec 2017: at the year's end 31 + 28 + 31 = 90
    # days vacant, and nobody has taken it since.
    (vacancy,) = summaries.chair_vacancies(
        groups=BoardGroup.objects.all(), memberships=chairs, as_at=END
    )
    assert (vacancy.group.name, vacancy.days_vacant) == (CSE, 90)
    assert vacancy.next_chair_from is None


def test_board_attendance_fluctuates(demo):
    board = BoardGroup.objects.get(name=BOARD)
    meetings = list(Meeting.objects.filter(group=board))
    records = list(Attendance.objects.filter(meeting__group=board).select_related("membership"))
    assert len(meetings) == 6
    quorate = [
        summaries.meeting_quoracy(meeting=m, attendance=records, today=END).quorate
        for m in sorted(meetings, key=lambda m: m.held_on)
    ]
    # Some board meetings quorate, some not: the report's "fluctuating attendance".
    assert True in quorate
    assert False in quorate
    rates = summaries.attendance_by_member(
        memberships=Membership.objects.filter(group=board).select_related("person", "agency"),
        meetings=meetings,
        attendance=records,
        start=START,
        end=END,
    )
    percents = {r.percent for r in rates if r.percent is not None}
    assert min(percents) < 50 < max(percents)
    # The lay member who joined in September 2017 was expected at four meetings, not six.
    late = next(r for r in rates if r.role == "Lay member" and r.expected != 6)
    assert late.expected == 4


def test_demo_users_sit_on_the_board(demo):
    from safeboard.accounts.models import User

    board_member = User.objects.get(username="demo-board-member").person
    assert Membership.objects.filter(person=board_member, group__name=BOARD).exists()

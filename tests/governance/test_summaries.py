"""Each governance figure against numbers worked out by hand from tests/governance/conftest.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from safeboard.governance import summaries
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership

YEAR_START, YEAR_END = date(2017, 4, 1), date(2018, 3, 31)


def _records(group):
    return (
        list(Membership.objects.filter(group=group).select_related("person", "agency")),
        list(Meeting.objects.filter(group=group)),
        list(Attendance.objects.filter(meeting__group=group).select_related("membership")),
    )


def _by_member(board, start=YEAR_START, end=YEAR_END):
    memberships, meetings, attendance = _records(board.board)
    rows = summaries.attendance_by_member(
        memberships=memberships, meetings=meetings, attendance=attendance, start=start, end=end
    )
    return {row.person.full_name.split()[0]: row for row in rows}


def test_percent_rounds_half_up_to_one_place():
    assert summaries.percent(2, 3) == Decimal("66.7")
    assert summaries.percent(1, 8) == Decimal("12.5")  # exactly 12.5
    assert summaries.percent(1, 16) == Decimal("6.3")  # 6.25 rounds up, not to even
    assert summaries.percent(0, 0) is None


def test_counted_meetings_leave_out_cancelled_and_other_years(board):
    # M0 is 2016/17 and M6 was cancelled: M1..M5 count.
    counted = summaries.counted_meetings(board.meetings.values(), YEAR_START, YEAR_END)
    assert [m.held_on for m in counted] == [
        date(2017, 5, 10),
        date(2017, 7, 12),
        date(2017, 9, 13),
        date(2017, 11, 15),
        date(2018, 1, 17),
    ]


def test_attendance_by_member(board):
    rows = _by_member(board)
    # Ann: a member all year, so M1..M5 = 5 expected; present at M1 M2 M4 M5,
    # apologies at M3: 4 of 5 = 80.0%.
    ann = rows["Ann"]
    assert (ann.expected, ann.present, ann.deputy, ann.apologies, ann.absent) == (5, 4, 0, 1, 0)
    assert ann.percent == Decimal("80.0")
    # Bob: 5 expected; present M2 M4, deputy M1, apologies M5, absent M3: 3 of 5 = 60.0%.
    bob = rows["Bob"]
    assert (bob.expected, bob.present, bob.deputy, bob.apologies, bob.absent) == (5, 2, 1, 1, 1)
    assert bob.attended == 3
    assert bob.percent == Decimal("60.0")
    # Cat joined on 1 Oct 2017: only M4 and M5 are hers; present and deputy: 2 of 2.
    assert (rows["Cat"].expected, rows["Cat"].attended) == (2, 2)
    assert rows["Cat"].percent == Decimal("100.0")
    # Dan left on 30 Sep 2017: M1 M2 M3; apologies, present, deputy: 2 of 3 = 66.7%.
    dan = rows["Dan"]
    assert (dan.expected, dan.attended, dan.apologies) == (3, 2, 1)
    assert dan.percent == Decimal("66.7")
    # The chairs: Eve to 31 Oct (M1..M3, all present), Fay from 1 Nov (M4 M5).
    assert (rows["Eve"].expected, rows["Eve"].attended) == (3, 3)
    assert (rows["Fay"].expected, rows["Fay"].attended) == (2, 2)
    # Gus: 5 expected; present M1 M3 M4, absent M2, no record for M5: 3 of 5 = 60.0%.
    gus = rows["Gus"]
    assert (gus.expected, gus.present, gus.absent, gus.not_recorded) == (5, 3, 1, 1)
    assert gus.percent == Decimal("60.0")
    # The M0 of the year before counts for nobody: Bob's absence there is not in his 1 absent.
    assert set(rows) == {"Ann", "Bob", "Cat", "Dan", "Eve", "Fay", "Gus"}


def test_attendance_by_member_rows_show_agency_and_role(board):
    rows = _by_member(board)
    assert rows["Bob"].agency.name == "Testshire Police"
    assert rows["Bob"].role == "Statutory partner representative"
    assert rows["Eve"].agency is None
    assert rows["Eve"].role == "Chair"


def test_attendance_by_member_over_part_of_a_year(board):
    # 1 Apr to 30 Sep 2017 holds M1 M2 M3: Ann P P A = 2 of 3; Cat not yet a member
    # so she has no row; Fay neither.
    rows = _by_member(board, end=date(2017, 9, 30))
    assert (rows["Ann"].expected, rows["Ann"].attended) == (3, 2)
    assert "Cat" not in rows
    assert "Fay" not in rows


def test_a_member_who_takes_the_chair_is_one_row(board):
    # Fay leaves the chair on 31 Jan 2018 and Ann takes it on 1 Feb. Ann's attendance
    # at a meeting of 28 Mar 2018 (M7), recorded before the change, moves to her chair
    # line. She is one row over M1..M5 and M7: 4 of 5 as before plus M7 = 5 of 6 = 83.3%.
    from safeboard.governance import services

    m7 = services.meeting_create(group=board.board, held_on=date(2018, 3, 28))
    services.attendance_record(meeting=m7, membership=board.members["Ann"], status="present")
    services.chair_leave(group=board.board, ended_on=date(2018, 1, 31))
    chair = services.chair_appoint(
        group=board.board, person=board.people["Ann"], started_on=date(2018, 2, 1)
    )
    board.members["Ann"].refresh_from_db()
    assert board.members["Ann"].ended_on == date(2018, 1, 31)
    assert (
        Attendance.objects.get(meeting=m7, membership__person=board.people["Ann"]).membership
        == chair
    )
    ann = _by_member(board)["Ann"]
    assert (ann.expected, ann.attended) == (6, 5)
    assert ann.percent == Decimal("83.3")
    assert ann.role == "Chair"


def test_attendance_by_agency(board):
    memberships, meetings, attendance = _records(board.board)
    rows = summaries.attendance_by_agency(
        memberships=memberships,
        meetings=meetings,
        attendance=attendance,
        start=YEAR_START,
        end=YEAR_END,
    )
    by_name = {row.agency.name: row for row in rows}
    # The chairs represent no agency: no row for them (the council row is Ann alone).
    assert list(by_name) == [
        "Testshire County Council",
        "Testshire Health",
        "Testshire Police",
        "Testshire Schools",
    ]
    # Council (Ann): at M1 M2 M4 M5, not M3 (apologies): 4 of 5 = 80.0%.
    council = by_name["Testshire County Council"]
    assert (council.members, council.expected, council.represented) == (1, 5, 4)
    assert council.percent == Decimal("80.0")
    # Health: Gus (all year) and Cat (from Oct), so a member at all five meetings.
    # M1 Gus P yes; M2 Gus absent, Cat not yet a member: no; M3 Gus P yes;
    # M4 yes; M5 Cat deputy yes (Gus no record): 4 of 5 = 80.0%.
    health = by_name["Testshire Health"]
    assert (health.members, health.expected, health.represented) == (2, 5, 4)
    # Police (Bob): deputy M1, P M2, absent M3, P M4, apologies M5: 3 of 5.
    police = by_name["Testshire Police"]
    assert (police.expected, police.represented, police.percent) == (5, 3, Decimal("60.0"))
    # Schools (Dan, to 30 Sep): M1 apologies, M2 present, M3 deputy: 2 of 3 = 66.7%.
    schools = by_name["Testshire Schools"]
    assert (schools.expected, schools.represented, schools.percent) == (3, 2, Decimal("66.7"))


def _quoracy(board, key, records=None):
    meeting = Meeting.objects.get(pk=board.meetings[key].pk)
    records = records or list(
        Attendance.objects.filter(meeting=meeting).select_related("membership__agency")
    )
    return summaries.meeting_quoracy(meeting=meeting, attendance=records, today=date(2018, 4, 1))


def test_meeting_quoracy(board):
    # Rule: 4 members including 2 statutory partners; deputies count; Gus (adviser) never.
    # M1: Ann P, Bob deputy, Eve P = 3 (Dan apologies, Gus adviser) -> not quorate,
    #     statutory partners council and police = 2.
    m1 = _quoracy(board, "M1")
    assert (m1.counted, m1.statutory_partners, m1.quorate) == (3, 2, False)
    # M2: Ann, Bob, Dan, Eve = 4; council and police = 2 -> quorate.
    m2 = _quoracy(board, "M2")
    assert (m2.counted, m2.statutory_partners, m2.quorate) == (4, 2, True)
    # M3: Dan deputy, Eve = 2; no statutory partner (Ann apologies, Bob absent) -> not.
    m3 = _quoracy(board, "M3")
    assert (m3.counted, m3.statutory_partners, m3.quorate) == (2, 0, False)
    # M4: Ann, Bob, Cat, Fay = 4; council, police, health = 3 -> quorate.
    m4 = _quoracy(board, "M4")
    assert (m4.counted, m4.statutory_partners, m4.quorate) == (4, 3, True)
    # M5: Ann, Cat deputy, Fay = 3 -> not quorate though 2 statutory partners.
    m5 = _quoracy(board, "M5")
    assert (m5.counted, m5.statutory_partners, m5.quorate) == (3, 2, False)
    assert m5.status == "Not quorate"
    # M6 was cancelled: not known.
    m6 = _quoracy(board, "M6")
    assert m6.quorate is None
    assert m6.status == "Cancelled"


def test_quoracy_needs_the_statutory_partners_too(board):
    # M4 under a rule of 3 members including 4 statutory partners: 4 counted but only
    # 3 partners -> not quorate.
    meeting = board.meetings["M4"]
    meeting.quorum_members, meeting.quorum_statutory_partners = 3, 3
    records = list(Attendance.objects.filter(meeting=meeting).select_related("membership__agency"))
    assert summaries.meeting_quoracy(
        meeting=meeting, attendance=records, today=date(2018, 4, 1)
    ).quorate
    meeting.quorum_members, meeting.quorum_statutory_partners = 4, 4
    result = summaries.meeting_quoracy(meeting=meeting, attendance=records, today=date(2018, 4, 1))
    assert (result.counted, result.statutory_partners, result.quorate) == (4, 3, False)


def test_quoracy_when_deputies_do_not_count(board):
    # M2 with deputies not counting is still 4 (nobody sent a deputy); M1 drops Bob's
    # deputy: Ann and Eve = 2, council only = 1.
    meeting = board.meetings["M1"]
    meeting.deputies_count = False
    records = list(Attendance.objects.filter(meeting=meeting).select_related("membership__agency"))
    result = summaries.meeting_quoracy(meeting=meeting, attendance=records, today=date(2018, 4, 1))
    assert (result.counted, result.statutory_partners, result.quorate) == (2, 1, False)


def test_quoracy_is_not_known_without_attendance_or_before_the_day(board):
    from safeboard.governance import services

    bare = services.meeting_create(group=board.board, held_on=date(2018, 2, 20))
    assert (
        summaries.meeting_quoracy(meeting=bare, attendance=[], today=date(2018, 4, 1)).quorate
        is None
    )
    m2 = board.meetings["M2"]
    records = list(Attendance.objects.filter(meeting=m2).select_related("membership__agency"))
    before = summaries.meeting_quoracy(meeting=m2, attendance=records, today=date(2017, 7, 11))
    assert before.quorate is None
    assert before.status == "Not known"


def test_recent_inquorate(board):
    quoracies = [_quoracy(board, key) for key in ("M1", "M2", "M3", "M4", "M5", "M6")]
    # As at 31 Mar 2018 the last 365 days run from 1 Apr 2017: M1, M3, M5, latest first.
    recent = summaries.recent_inquorate(quoracies, as_at=date(2018, 3, 31))
    assert [q.meeting.held_on for q in recent] == [
        date(2018, 1, 17),
        date(2017, 9, 13),
        date(2017, 5, 10),
    ]
    # As at 1 Jun 2018 they run from 2 Jun 2017: M1 (10 May 2017) has dropped out.
    later = summaries.recent_inquorate(quoracies, as_at=date(2018, 6, 1))
    assert [q.meeting.held_on for q in later] == [date(2018, 1, 17), date(2017, 9, 13)]


def _chairs():
    return list(Membership.objects.filter(role=Membership.Role.CHAIR))


def test_chair_vacancies(sub_groups):
    groups = list(BoardGroup.objects.all())
    vacancies = summaries.chair_vacancies(
        groups=groups, memberships=_chairs(), as_at=date(2017, 12, 31)
    )
    by_name = {v.group.name: v for v in vacancies}
    # The board (Fay), Procedures (Jay) have chairs; the old group was stood down and
    # the future group not set up yet: QPME and CSE are vacant, the longer first.
    assert list(by_name) == ["QPME", "CSE sub-committee"]
    # QPME: Hal's last day 30 Jun 2017, vacant from 1 Jul; July 31 + Aug 31 + Sep 30 +
    # Oct 31 + Nov 30 + Dec 31 = 184 days to 31 Dec, both ends counted. Ivy is due 8 Jan.
    qpme = by_name["QPME"]
    assert qpme.vacant_since == date(2017, 7, 1)
    assert qpme.days_vacant == 184
    assert qpme.last_chair_left == date(2017, 6, 30)
    assert qpme.next_chair_from == date(2018, 1, 8)
    # CSE: never had a chair; vacant since set up on 1 Sep 2017: 30 + 31 + 30 + 31 = 122.
    cse = by_name["CSE sub-committee"]
    assert (cse.vacant_since, cse.days_vacant, cse.last_chair_left) == (date(2017, 9, 1), 122, None)


def test_a_vacancy_that_began_today_has_lasted_one_day(sub_groups):
    groups = [sub_groups.groups["QPME"]]
    (vacancy,) = summaries.chair_vacancies(
        groups=groups, memberships=_chairs(), as_at=date(2017, 7, 1)
    )
    assert vacancy.days_vacant == 1
    # On Hal's last day, and once Ivy is in the chair, there is no vacancy.
    for day in (date(2017, 6, 30), date(2018, 1, 8)):
        assert summaries.chair_vacancies(groups=groups, memberships=_chairs(), as_at=day) == []


def test_days_without_chair(sub_groups):
    chairs = _chairs()
    # QPME in 2017/18 (365 days): Hal 1 Apr..30 Jun = 30 + 31 + 30 = 91 days;
    # Ivy 8 Jan..31 Mar = 24 + 28 + 31 = 83 days; 365 - 91 - 83 = 191 without a chair,
    # more than half the year (the source report's complaint).
    qpme = summaries.days_without_chair(
        group=sub_groups.groups["QPME"], memberships=chairs, start=YEAR_START, end=YEAR_END
    )
    assert qpme == 191
    # CSE existed from 1 Sep 2017: 30 + 31 + 30 + 31 + 31 + 28 + 31 = 212 days, all without.
    cse = summaries.days_without_chair(
        group=sub_groups.groups["CSE sub-committee"],
        memberships=chairs,
        start=YEAR_START,
        end=YEAR_END,
    )
    assert cse == 212
    # Procedures had Jay all year; the old group did not exist.
    for name in ("Procedures", "Old group"):
        assert (
            summaries.days_without_chair(
                group=sub_groups.groups[name], memberships=chairs, start=YEAR_START, end=YEAR_END
            )
            == 0
        )
    # The board: Eve to 31 Oct, Fay from 1 Nov: never without.
    assert (
        summaries.days_without_chair(
            group=sub_groups.board, memberships=chairs, start=YEAR_START, end=YEAR_END
        )
        == 0
    )


def test_meetings_per_group(sub_groups):
    rows = summaries.meetings_per_group(
        groups=BoardGroup.objects.all(),
        meetings=Meeting.objects.all(),
        start=YEAR_START,
        end=YEAR_END,
        today=date(2018, 1, 1),
    )
    got = {row.group.name: (row.held, row.cancelled, row.to_come) for row in rows}
    # Board: M1..M4 held by 1 Jan 2018, M5 (17 Jan) to come, M6 cancelled; M0 is 2016/17.
    # QPME: 1 Jun held, 5 Dec cancelled. CSE: 10 Oct held. Procedures: none.
    # The old group (stood down 2016) and the future group (2018/19) are not in 2017/18.
    assert got == {
        "Testshire Safeguarding Children Board": (4, 1, 1),
        "CSE sub-committee": (1, 0, 0),
        "Procedures": (0, 0, 0),
        "QPME": (1, 1, 0),
    }
    assert rows[0].group.kind == BoardGroup.Kind.BOARD  # the board first

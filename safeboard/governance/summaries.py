"""Governance figures: attendance rates, quoracy, chair vacancies, meetings held.

Each figure is one function over records already read (the selectors read
them through ``visible_to``); none of them queries the database, so each is
tested with hand-worked numbers. The definitions, once:

- A meeting **counts** in a period when it was not cancelled and its date is
  in the period (both ends included). Callers end the period at today at the
  latest, so a meeting yet to come never counts.
- A member **attended** a meeting when the record says present or deputy
  sent; apologies, absent, and no record at all are not attended.
- Days are counted with both ends included: a vacancy that began today has
  lasted 1 day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from safeboard.common.numbers import percent
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import Agency, Person

RECENT_DAYS = 365  # "recent" for inquorate meetings: the last twelve months

Status = Attendance.Status


def counted_meetings(meetings: Iterable[Meeting], start: date, end: date) -> list[Meeting]:
    """The meetings that count in the period: not cancelled, dated ``start``..``end``."""
    return sorted(
        (m for m in meetings if not m.cancelled and start <= m.held_on <= end),
        key=lambda m: (m.held_on, m.pk or 0),
    )


def _membership_on(memberships: Sequence[Membership], meeting: Meeting) -> Membership | None:
    for membership in memberships:
        if membership.group_id == meeting.group_id and membership.covers(meeting.held_on):
            return membership
    return None


def _overlaps(membership: Membership, start: date, end: date) -> bool:
    return membership.overlaps(start, end)


# --- attendance by member -------------------------------------------------------------------


@dataclass(frozen=True)
class MemberAttendance:
    person: Person
    agency: Agency | None
    role: str
    expected: int
    present: int
    deputy: int
    apologies: int
    absent: int
    not_recorded: int

    @property
    def attended(self) -> int:
        return self.present + self.deputy

    @property
    def percent(self) -> Decimal | None:
        return percent(self.attended, self.expected)


def attendance_by_member(
    *,
    memberships: Iterable[Membership],
    meetings: Iterable[Meeting],
    attendance: Iterable[Attendance],
    start: date,
    end: date,
) -> list[MemberAttendance]:
    """Each member's attendance rate over a period (the source report's Appendix D).

    For each person with a membership of the group that overlaps the period:
    **expected** is the number of counted meetings of the group held on a day
    the person was a member (a meeting before they joined or after they left
    is not theirs to attend); **attended** is how many of those the record
    says present or deputy sent; the **rate** is attended / expected, as a
    percentage to one decimal place (none when nothing was expected). The
    other expected meetings are split into apologies, absent and not recorded
    (a meeting with no record for the member counts as expected, not attended).

    A person with several memberships of the group in the period (a member
    who became chair) is one row: the agency and role are those of their
    latest membership in the period.
    """
    recorded = {(a.meeting_id, a.membership_id): a.status for a in attendance}
    by_person: dict[int, list[Membership]] = defaultdict(list)
    for membership in memberships:
        if _overlaps(membership, start, end):
            by_person[membership.person_id].append(membership)
    held = counted_meetings(meetings, start, end)
    rows = []
    for person_memberships in by_person.values():
        tally = {status: 0 for status in Status} | {None: 0}
        expected = 0
        for meeting in held:
            membership = _membership_on(person_memberships, meeting)
            if membership is None:
                continue
            expected += 1
            tally[recorded.get((meeting.pk, membership.pk))] += 1
        latest = max(person_memberships, key=lambda m: m.started_on)
        rows.append(
            MemberAttendance(
                person=latest.person,
                agency=latest.agency,
                role=latest.get_role_display(),
                expected=expected,
                present=tally[Status.PRESENT],
                deputy=tally[Status.DEPUTY],
                apologies=tally[Status.APOLOGIES],
                absent=tally[Status.ABSENT],
                not_recorded=tally[None],
            )
        )
    return sorted(
        rows, key=lambda r: (r.agency.name if r.agency else "", r.person.full_name, r.person.pk)
    )


# --- attendance by agency -------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyAttendance:
    agency: Agency
    members: int
    expected: int
    represented: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.represented, self.expected)


def attendance_by_agency(
    *,
    memberships: Iterable[Membership],
    meetings: Iterable[Meeting],
    attendance: Iterable[Attendance],
    start: date,
    end: date,
) -> list[AgencyAttendance]:
    """Each agency's attendance rate over a period: was the agency at the table?

    For each agency with at least one membership of the group overlapping the
    period: **expected** is the number of counted meetings held on a day when
    at least one of its members was a member; **represented** is how many of
    those at least one of them attended (present or deputy sent); the
    **rate** is represented / expected, to one decimal place. **members** is
    how many different people represented the agency on the group in the
    period. Members who represent no agency (an independent chair, a lay
    member) are in the rates by member only.
    """
    attended = {
        (a.meeting_id, a.membership_id)
        for a in attendance
        if a.status in (Status.PRESENT, Status.DEPUTY)
    }
    by_agency: dict[int, list[Membership]] = defaultdict(list)
    for membership in memberships:
        if membership.agency_id is not None and _overlaps(membership, start, end):
            by_agency[membership.agency_id].append(membership)
    held = counted_meetings(meetings, start, end)
    rows = []
    for agency_memberships in by_agency.values():
        expected = represented = 0
        for meeting in held:
            on_the_day = [
                m
                for m in agency_memberships
                if m.group_id == meeting.group_id and m.covers(meeting.held_on)
            ]
            if not on_the_day:
                continue
            expected += 1
            if any((meeting.pk, m.pk) in attended for m in on_the_day):
                represented += 1
        rows.append(
            AgencyAttendance(
                agency=agency_memberships[0].agency,
                members=len({m.person_id for m in agency_memberships}),
                expected=expected,
                represented=represented,
            )
        )
    return sorted(rows, key=lambda r: r.agency.name)


# --- quoracy --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoracy:
    meeting: Meeting
    counted: int
    statutory_partners: int
    quorate: bool | None  # None: cancelled, still to come, or no attendance recorded yet

    @property
    def status(self) -> str:
        if self.meeting.cancelled:
            return "Cancelled"
        if self.quorate is None:
            return "Not known"
        return "Quorate" if self.quorate else "Not quorate"


def meeting_quoracy(*, meeting: Meeting, attendance: Iterable[Attendance], today: date) -> Quoracy:
    """Whether a meeting was quorate under the rule kept with it.

    **counted** is the number of the meeting's attendance records that say
    present, or deputy sent when the rule lets deputies count, for members
    whose role counts towards the quorum (every role but adviser).
    **statutory_partners** is the number of different statutory partner
    agencies among those counted members' agencies. The meeting was
    **quorate** when counted >= the rule's members and statutory_partners >=
    the rule's statutory partners. It is not known (None) for a cancelled
    meeting, one still to come (after ``today``) or one with no attendance
    recorded.
    """
    records = [a for a in attendance if a.meeting_id == meeting.pk]
    if meeting.cancelled or meeting.held_on > today or not records:
        return Quoracy(meeting, 0, 0, None)
    counting = {Status.PRESENT, Status.DEPUTY} if meeting.deputies_count else {Status.PRESENT}
    counted = [a for a in records if a.status in counting and a.membership.counts_for_quorum]
    partners = {
        a.membership.agency_id for a in counted if a.membership.represents_statutory_partner
    }
    quorate = (
        len(counted) >= meeting.quorum_members
        and len(partners) >= meeting.quorum_statutory_partners
    )
    return Quoracy(meeting, len(counted), len(partners), quorate)


def recent_inquorate(
    quoracies: Iterable[Quoracy], *, as_at: date, days: int = RECENT_DAYS
) -> list[Quoracy]:
    """The meetings known not to have been quorate, held in the ``days`` days up to
    and including ``as_at`` (365: the last twelve months), latest first."""
    earliest = as_at - timedelta(days=days - 1)
    return sorted(
        (q for q in quoracies if q.quorate is False and earliest <= q.meeting.held_on <= as_at),
        key=lambda q: q.meeting.held_on,
        reverse=True,
    )


# --- chairs and vacancies -------------------------------------------------------------------


@dataclass(frozen=True)
class Vacancy:
    group: BoardGroup
    vacant_since: date
    days_vacant: int
    last_chair_left: date | None  # None: the group has never had a chair
    next_chair_from: date | None  # a chair already appointed to start later


def _chairs_of(group: BoardGroup, memberships: Iterable[Membership]) -> list[Membership]:
    return [m for m in memberships if m.group_id == group.pk and m.role == Membership.Role.CHAIR]


def chair_on(
    *, group: BoardGroup, memberships: Iterable[Membership], day: date
) -> Membership | None:
    """The group's chair on ``day``: its chair membership covering that day, if any."""
    return next((c for c in _chairs_of(group, memberships) if c.covers(day)), None)


def chair_vacancies(
    *, groups: Iterable[BoardGroup], memberships: Iterable[Membership], as_at: date
) -> list[Vacancy]:
    """The groups without a chair on ``as_at``, longest vacant first.

    A group that exists on ``as_at`` (set up on or before it and not stood
    down before it) is **vacant** when none of its chair memberships covers
    that day. It has been vacant **since** the day after the last chair
    before ``as_at`` left (their membership's end date is their last day in
    the chair), or since the day the group was set up if it has never had a
    chair. **days_vacant** counts from that day to ``as_at``, both included.
    """
    memberships = list(memberships)
    vacancies = []
    for group in groups:
        if not group.exists_on(as_at):
            continue
        chairs = _chairs_of(group, memberships)
        if any(c.covers(as_at) for c in chairs):
            continue
        left = [c.ended_on for c in chairs if c.ended_on is not None and c.ended_on < as_at]
        last_left = max(left) if left else None
        since = last_left + timedelta(days=1) if last_left else group.set_up_on
        upcoming = [c.started_on for c in chairs if c.started_on > as_at]
        vacancies.append(
            Vacancy(
                group=group,
                vacant_since=since,
                days_vacant=(as_at - since).days + 1,
                last_chair_left=last_left,
                next_chair_from=min(upcoming) if upcoming else None,
            )
        )
    return sorted(vacancies, key=lambda v: (-v.days_vacant, v.group.name))


def days_without_chair(
    *, group: BoardGroup, memberships: Iterable[Membership], start: date, end: date
) -> int:
    """How many days of ``start``..``end`` (both included) the group existed without
    a chair: the days it existed, less the days some chair membership covered.
    (The source report's QPME sub-group: "a lack of a Chair ... for more than
    half the year".)"""
    first = max(start, group.set_up_on)
    last = min(end, group.stood_down_on) if group.stood_down_on else end
    if last < first:
        return 0
    covered = 0
    cursor = first  # the first day not yet counted as covered
    spans = sorted(
        (max(c.started_on, first), min(c.ended_on or last, last))
        for c in _chairs_of(group, memberships)
    )
    for span_start, span_end in spans:
        span_start = max(span_start, cursor)
        if span_end < span_start:
            continue
        covered += (span_end - span_start).days + 1
        cursor = span_end + timedelta(days=1)
    return (last - first).days + 1 - covered


# --- meetings held --------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupMeetings:
    group: BoardGroup
    held: int
    cancelled: int
    to_come: int


def meetings_per_group(
    *,
    groups: Iterable[BoardGroup],
    meetings: Iterable[Meeting],
    start: date,
    end: date,
    today: date,
) -> list[GroupMeetings]:
    """Meetings per group in a period, for each group that existed in it.

    **held**: not cancelled, dated from ``start`` to ``end`` and on or before
    ``today``; **to_come**: not cancelled, dated after ``today`` and on or
    before ``end``; **cancelled**: cancelled, dated in the period.
    """
    meetings = list(meetings)
    rows = []
    for group in groups:
        if group.set_up_on > end or (group.stood_down_on and group.stood_down_on < start):
            continue
        mine = [m for m in meetings if m.group_id == group.pk and start <= m.held_on <= end]
        rows.append(
            GroupMeetings(
                group=group,
                held=sum(1 for m in mine if not m.cancelled and m.held_on <= today),
                cancelled=sum(1 for m in mine if m.cancelled),
                to_come=sum(1 for m in mine if not m.cancelled and m.held_on > today),
            )
        )
    return sorted(rows, key=lambda r: (r.group.kind, r.group.name))

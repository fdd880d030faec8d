"""Reading the governance records, always through ``visible_to``.

The figures (``summaries``) are computed over what the user may see. Rates
by member and by agency are right for an own-agency role too (a row depends
only on that agency's members); quoracy and chair vacancies need every
member, so only roles that see every agency get them (``policy.sees_whole_board``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from safeboard.access.visibility import visible_to
from safeboard.dataset.periods import collection_year_of
from safeboard.governance import policy, summaries
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import StrategicPriority
from safeboard.records.years import year_bounds


def _so_far(year: int, today: date | None) -> tuple[date, date, date]:
    """The year's first day, its last day counted (today at the latest), and today."""
    today = today or timezone.localdate()
    start, end = year_bounds(year)
    return start, min(end, today), today


# --- records ---------------------------------------------------------------------------------


def group_list(*, user) -> QuerySet[BoardGroup]:
    return visible_to(user, BoardGroup).select_related("partnership")


def group_get(*, user, pk: int) -> BoardGroup:
    return group_list(user=user).get(pk=pk)


def the_board(*, user, on: date | None = None) -> BoardGroup | None:
    """The board itself (the one standing on ``on``, today by default)."""
    on = on or timezone.localdate()
    boards = group_list(user=user).filter(kind=BoardGroup.Kind.BOARD, set_up_on__lte=on)
    return (
        boards.filter(Q(stood_down_on__isnull=True) | Q(stood_down_on__gte=on))
        .order_by("-set_up_on")
        .first()
    ) or boards.order_by("-set_up_on").first()


def membership_list(*, user, group: BoardGroup | None = None) -> QuerySet[Membership]:
    memberships = visible_to(user, Membership).select_related("group", "person", "agency")
    return memberships.filter(group=group) if group is not None else memberships


def membership_get(*, user, pk: int) -> Membership:
    return membership_list(user=user).get(pk=pk)


def memberships_in(*, user, group: BoardGroup, start: date, end: date) -> QuerySet[Membership]:
    """The group's memberships that overlap ``start``..``end``."""
    return membership_list(user=user, group=group).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=start), started_on__lte=end
    )


def chairs_of(*, user, group: BoardGroup) -> QuerySet[Membership]:
    """The group's chair history, latest first."""
    return membership_list(user=user, group=group).filter(role=Membership.Role.CHAIR)


def meeting_list(
    *, user, group: BoardGroup | None = None, year: int | None = None
) -> QuerySet[Meeting]:
    meetings = visible_to(user, Meeting).select_related("group")
    if group is not None:
        meetings = meetings.filter(group=group)
    if year is not None:
        start, end = year_bounds(year)
        meetings = meetings.filter(held_on__range=(start, end))
    return meetings


def meeting_years(*, user, today: date | None = None) -> list[int]:
    """The years (named by the year they end) with a meeting held by today, latest first."""
    today = today or timezone.localdate()
    days = meeting_list(user=user).filter(held_on__lte=today).values_list("held_on", flat=True)
    return sorted({collection_year_of(day) for day in days}, reverse=True)


def meeting_get(*, user, pk: int) -> Meeting:
    return meeting_list(user=user).get(pk=pk)


def attendance_list(*, user, meeting: Meeting | None = None) -> QuerySet[Attendance]:
    records = visible_to(user, Attendance).select_related(
        "meeting", "meeting__group", "membership", "membership__person", "membership__agency"
    )
    return records.filter(meeting=meeting) if meeting is not None else records


def priority_list(*, user) -> QuerySet[StrategicPriority]:
    return visible_to(user, StrategicPriority).select_related("partnership")


# --- figures ---------------------------------------------------------------------------------


def member_attendance(
    *, user, group: BoardGroup, year: int, today: date | None = None
) -> list[summaries.MemberAttendance]:
    """``summaries.attendance_by_member`` for the group's year, to today at the latest."""
    start, end, _ = _so_far(year, today)
    return summaries.attendance_by_member(
        memberships=memberships_in(user=user, group=group, start=start, end=end),
        meetings=meeting_list(user=user, group=group, year=year),
        attendance=attendance_list(user=user).filter(meeting__group=group),
        start=start,
        end=end,
    )


def agency_attendance(
    *, user, group: BoardGroup, year: int, today: date | None = None
) -> list[summaries.AgencyAttendance]:
    """``summaries.attendance_by_agency`` for the group's year, to today at the latest."""
    start, end, _ = _so_far(year, today)
    return summaries.attendance_by_agency(
        memberships=memberships_in(user=user, group=group, start=start, end=end),
        meetings=meeting_list(user=user, group=group, year=year),
        attendance=attendance_list(user=user).filter(meeting__group=group),
        start=start,
        end=end,
    )


def quoracies(
    *, user, meetings: QuerySet[Meeting] | list[Meeting], today: date | None = None
) -> dict[int, summaries.Quoracy]:
    """Each meeting's quoracy by meeting id; empty for roles that do not see every member."""
    if not policy.sees_whole_board(user):
        return {}
    today = today or timezone.localdate()
    meetings = list(meetings)
    records = list(attendance_list(user=user).filter(meeting__in=[m.pk for m in meetings]))
    return {
        m.pk: summaries.meeting_quoracy(meeting=m, attendance=records, today=today)
        for m in meetings
    }


def recent_inquorate(*, user, today: date | None = None) -> list[summaries.Quoracy]:
    """Meetings of the last twelve months known not to have been quorate (whole board only)."""
    today = today or timezone.localdate()
    recent = meeting_list(user=user).filter(
        held_on__range=(today - timedelta(days=summaries.RECENT_DAYS - 1), today),
        cancelled=False,
    )
    return summaries.recent_inquorate(
        quoracies(user=user, meetings=recent, today=today).values(), as_at=today
    )


def vacancies(*, user, as_at: date | None = None) -> list[summaries.Vacancy]:
    """Groups without a chair on ``as_at`` (today by default); whole board only."""
    if not policy.sees_whole_board(user):
        return []
    as_at = as_at or timezone.localdate()
    return summaries.chair_vacancies(
        groups=group_list(user=user),
        memberships=membership_list(user=user).filter(role=Membership.Role.CHAIR),
        as_at=as_at,
    )


def chairless_days(*, user, group: BoardGroup, year: int, today: date | None = None) -> int | None:
    """Days of the year (to today at the latest) the group had no chair; whole board only."""
    if not policy.sees_whole_board(user):
        return None
    start, end, _ = _so_far(year, today)
    return summaries.days_without_chair(
        group=group, memberships=chairs_of(user=user, group=group), start=start, end=end
    )


def meetings_held(*, user, year: int, today: date | None = None) -> list[summaries.GroupMeetings]:
    start, end = year_bounds(year)
    return summaries.meetings_per_group(
        groups=group_list(user=user),
        meetings=meeting_list(user=user, year=year),
        start=start,
        end=end,
        today=today or timezone.localdate(),
    )


@dataclass(frozen=True)
class ChairStatus:
    group: BoardGroup
    as_at: date
    chair: Membership | None
    vacancy: summaries.Vacancy | None
    days_without_chair: int


def chair_statuses(*, user, year: int, today: date | None = None) -> list[ChairStatus]:
    """Each group of the year: its chair (or vacancy) at the year's end, or today in the
    current year, and its days without a chair in the year so far. Whole board only."""
    if not policy.sees_whole_board(user):
        return []
    start, as_at, _ = _so_far(year, today)
    chairs = list(membership_list(user=user).filter(role=Membership.Role.CHAIR))
    groups = [
        g
        for g in group_list(user=user)
        if g.set_up_on <= as_at and (g.stood_down_on is None or g.stood_down_on >= start)
    ]
    vacancies = {
        v.group.pk: v
        for v in summaries.chair_vacancies(groups=groups, memberships=chairs, as_at=as_at)
    }
    return [
        ChairStatus(
            group=group,
            as_at=as_at,
            chair=summaries.chair_on(group=group, memberships=chairs, day=as_at),
            vacancy=vacancies.get(group.pk),
            days_without_chair=summaries.days_without_chair(
                group=group, memberships=chairs, start=start, end=as_at
            ),
        )
        for group in groups
    ]

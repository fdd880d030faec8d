"""The export area ``governance``: a year's members, meetings, attendance and figures.

Every table is read through the selectors, so it holds what the user may
see: an own-agency role gets its own agency's members and attendance, and
the quoracy and vacancy columns (which need every member) stay blank for it.
"""

from __future__ import annotations

from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.governance import selectors
from safeboard.records.areas import BoardArea, Table
from safeboard.records.years import year_bounds

INDEPENDENT = "None (independent)"


def _agency(agency) -> str:
    return agency.name if agency is not None else INDEPENDENT


def _members(user, year: int) -> Table:
    start, end = year_bounds(year)
    rows = [
        [
            m.group.name,
            m.person.full_name,
            _agency(m.agency),
            m.get_role_display(),
            m.started_on,
            m.ended_on,
        ]
        for group in selectors.group_list(user=user)
        for m in selectors.memberships_in(user=user, group=group, start=start, end=end).order_by(
            "person__full_name", "started_on"
        )
    ]
    return Table("members", ["Group", "Member", "Agency", "Role", "From", "To"], rows)


def _meetings(user, year: int, today) -> Table:
    meetings = list(selectors.meeting_list(user=user, year=year).order_by("held_on", "group__name"))
    quoracies = selectors.quoracies(user=user, meetings=meetings, today=today)
    rows = []
    for m in meetings:
        q = quoracies.get(m.pk)
        known = q is not None and q.quorate is not None
        rows.append(
            [
                m.group.name,
                m.held_on,
                m.venue,
                m.cancelled,
                m.quorum_members,
                m.quorum_statutory_partners,
                m.deputies_count,
                q.counted if known else None,
                q.statutory_partners if known else None,
                q.quorate if known else None,
            ]
        )
    return Table(
        "meetings",
        [
            "Group",
            "Date",
            "Venue",
            "Cancelled",
            "Quorum: members",
            "Quorum: statutory partners",
            "Deputies count",
            "Members counted",
            "Statutory partners counted",
            "Quorate",
        ],
        rows,
    )


def _attendance(user, year: int) -> Table:
    start, end = year_bounds(year)
    records = (
        selectors.attendance_list(user=user)
        .filter(meeting__held_on__range=(start, end))
        .order_by("meeting__held_on", "meeting__group__name", "membership__person__full_name")
    )
    rows = [
        [
            a.meeting.group.name,
            a.meeting.held_on,
            a.membership.person.full_name,
            _agency(a.membership.agency),
            a.membership.get_role_display(),
            a.get_status_display(),
            a.deputy_name,
        ]
        for a in records
    ]
    return Table(
        "attendance",
        ["Group", "Date", "Member", "Agency", "Role", "Attendance", "Deputy"],
        rows,
    )


def _by_member(user, year: int, today) -> Table:
    rows = [
        [
            group.name,
            r.person.full_name,
            _agency(r.agency),
            r.role,
            r.expected,
            r.present,
            r.deputy,
            r.apologies,
            r.absent,
            r.not_recorded,
            r.attended,
            r.percent,
        ]
        for group in selectors.group_list(user=user)
        for r in selectors.member_attendance(user=user, group=group, year=year, today=today)
    ]
    return Table(
        "attendance-by-member",
        [
            "Group",
            "Member",
            "Agency",
            "Role",
            "Meetings",
            "Present",
            "Deputy sent",
            "Apologies",
            "Absent",
            "Not recorded",
            "Attended",
            "Attended (%)",
        ],
        rows,
    )


def _by_agency(user, year: int, today) -> Table:
    rows = [
        [group.name, r.agency.name, r.members, r.expected, r.represented, r.percent]
        for group in selectors.group_list(user=user)
        for r in selectors.agency_attendance(user=user, group=group, year=year, today=today)
    ]
    return Table(
        "attendance-by-agency",
        ["Group", "Agency", "Members", "Meetings", "Represented", "Represented (%)"],
        rows,
    )


def _vacancies(user, year: int, today) -> Table:
    rows = [
        [
            s.group.name,
            s.group.get_kind_display(),
            s.as_at,
            s.chair is None,
            s.vacancy.vacant_since if s.vacancy else None,
            s.vacancy.days_vacant if s.vacancy else None,
            s.vacancy.last_chair_left if s.vacancy else None,
            s.days_without_chair,
        ]
        for s in selectors.chair_statuses(user=user, year=year, today=today)
    ]
    return Table(
        "vacancies",
        [
            "Group",
            "Kind",
            "As at",
            "Without a chair",
            "Vacant since",
            "Days vacant",
            "Last chair left",
            "Days without a chair in the year",
        ],
        rows,
    )


def governance_tables(user, year: int) -> list[Table]:
    today = timezone.localdate()
    return [
        _members(user, year),
        _meetings(user, year, today),
        _attendance(user, year),
        _by_member(user, year, today),
        _by_agency(user, year, today),
        _vacancies(user, year, today),
    ]


EXPORT_AREAS = [
    BoardArea(
        name="governance",
        label="Governance",
        description=(
            "The board and its sub-groups: members, chairs and vacancies, meetings and "
            "quoracy, attendance and the attendance rates of Appendix D."
        ),
        url_name="governance:index",
        visibility=Visibility.AGENCY,
        tables=governance_tables,
        order=10,
    )
]

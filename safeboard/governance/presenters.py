"""Governance tables and summary lists, as data for the GOV.UK macros."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.governance import policy, selectors, summaries
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.records.years import current_year, year_label
from safeboard.web import components

STATUS_TAGS = {
    "Quorate": "govuk-tag--green",
    "Not quorate": "govuk-tag--red",
    "Cancelled": "govuk-tag--grey",
    "Not known": "govuk-tag--grey",
}
STATUS_LETTERS = {
    Attendance.Status.PRESENT: "P",
    Attendance.Status.DEPUTY: "D",
    Attendance.Status.APOLOGIES: "A",
    Attendance.Status.ABSENT: "X",
}


def day(value: date | None) -> str:
    return date_format(value, "j F Y") if value else ""


def rate(value: Decimal | None) -> str:
    return "No meetings" if value is None else f"{value}%"


def tag(text: str, classes: str) -> SafeString:
    return format_html('<strong class="govuk-tag {}">{}</strong>', classes, text)


def quoracy_tag(quoracy: summaries.Quoracy | None) -> SafeString | str:
    if quoracy is None:
        return ""
    return tag(quoracy.status, STATUS_TAGS[quoracy.status])


def days_text(days: int) -> str:
    return f"{days:,} day{'s' if days != 1 else ''}"


def vacancy_text(vacancy: summaries.Vacancy) -> str:
    return f"Vacant for {days_text(vacancy.days_vacant)}, since {day(vacancy.vacant_since)}"


def _link(text: str, name: str, pk: int) -> SafeString:
    return components.link(text, reverse(name, args=[pk]))


# --- the index page and the home panel ---------------------------------------------------


def vacancies_table(vacancies: list[summaries.Vacancy], *, caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=["Group", "Without a chair since", "Days vacant", "Chair appointed from"],
        rows=[
            [
                _link(v.group.name, "governance:group-detail", v.group.pk),
                day(v.vacant_since),
                f"{v.days_vacant:,}",
                day(v.next_chair_from) or "Nobody yet",
            ]
            for v in vacancies
        ],
        numeric=[2],
        empty="Every group has a chair.",
        caption_visible=True,
    )


def chair_table(statuses: list[selectors.ChairStatus], year: int) -> SafeString:
    return components.table(
        caption=(
            f"Chairs on {day(statuses[0].as_at)}, and days without a chair in {year_label(year)}"
            if statuses
            else f"Chairs in {year_label(year)}"
        ),
        head=["Group", "Chair", "Days without a chair in the year"],
        rows=[
            [
                _link(s.group.name, "governance:group-detail", s.group.pk),
                s.chair.person.full_name
                if s.chair
                else (vacancy_text(s.vacancy) if s.vacancy else "Stood down"),
                s.days_without_chair,
            ]
            for s in statuses
        ],
        numeric=[2],
        empty="No groups in this year.",
        caption_visible=True,
    )


def meetings_held_table(rows: list[summaries.GroupMeetings], year: int) -> SafeString:
    return components.table(
        caption=f"Meetings in {year_label(year)}",
        head=["Group", "Held", "Cancelled", "Still to come"],
        rows=[
            [
                _link(r.group.name, "governance:group-detail", r.group.pk),
                r.held,
                r.cancelled,
                r.to_come,
            ]
            for r in rows
        ],
        numeric=[1, 2, 3],
        empty="No groups in this year.",
        caption_visible=True,
    )


def quoracy_table(quoracies: list[summaries.Quoracy], *, caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=["Date", "Quorum", "Members counted", "Statutory partners", "Result"],
        rows=[
            [
                _link(day(q.meeting.held_on), "governance:meeting-detail", q.meeting.pk),
                q.meeting.quorum_text,
                q.counted if q.quorate is not None else "",
                q.statutory_partners if q.quorate is not None else "",
                quoracy_tag(q),
            ]
            for q in quoracies
        ],
        numeric=[2, 3],
        empty="No meetings.",
        caption_visible=True,
    )


# --- attendance rates ----------------------------------------------------------------------


def member_rates_table(rows: list[summaries.MemberAttendance], group: BoardGroup) -> SafeString:
    return components.table(
        caption=f"Attendance at {group.name} by member",
        head=[
            "Member",
            "Agency",
            "Meetings",
            "Present",
            "Deputy",
            "Apologies",
            "Absent",
            "Not recorded",
            "Attended",
        ],
        rows=[
            [
                r.person.full_name
                if r.role == "Member"
                else f"{r.person.full_name} ({r.role.lower()})",
                r.agency.name if r.agency else "None (independent)",
                r.expected,
                r.present,
                r.deputy,
                r.apologies,
                r.absent,
                r.not_recorded,
                rate(r.percent),
            ]
            for r in rows
        ],
        numeric=[2, 3, 4, 5, 6, 7, 8],
        empty="No members in this year.",
    )


def agency_rates_table(rows: list[summaries.AgencyAttendance], group: BoardGroup) -> SafeString:
    return components.table(
        caption=f"Attendance at {group.name} by agency",
        head=["Agency", "Members", "Meetings", "Represented", "Attended"],
        rows=[[r.agency.name, r.members, r.expected, r.represented, rate(r.percent)] for r in rows],
        numeric=[1, 2, 3, 4],
        empty="No agencies in this year.",
    )


def attendance_grid(
    *, memberships: list[Membership], meetings: list[Meeting], records: list[Attendance]
) -> SafeString:
    """Appendix D's grid: a row per member, a column per meeting, P D A X per cell
    ('-' when they were not a member on the day, blank when nothing is recorded)."""
    status = {(a.meeting_id, a.membership_id): a.status for a in records}
    people: dict[int, list[Membership]] = {}
    for membership in memberships:
        people.setdefault(membership.person_id, []).append(membership)
    rows = []
    for person_memberships in sorted(
        people.values(),
        key=lambda ms: (
            ms[0].agency.name if ms[0].agency else "",
            ms[0].person.full_name,
        ),
    ):
        cells = [person_memberships[0].person.full_name]
        for meeting in meetings:
            on_day = next((m for m in person_memberships if m.covers(meeting.held_on)), None)
            if on_day is None:
                cells.append("-")
            else:
                cells.append(STATUS_LETTERS.get(status.get((meeting.pk, on_day.pk)), ""))
        rows.append(cells)
    return components.table(
        caption="Attendance at each meeting",
        head=["Member", *[date_format(m.held_on, "j M Y") for m in meetings]],
        rows=rows,
        empty="No members in this year.",
    )


# --- record pages: summaries and sections --------------------------------------------------


def group_summary(group: BoardGroup):
    return [
        ("Name", group.name),
        ("Board or sub-group", group.get_kind_display()),
        ("Purpose", group.purpose),
        ("Set up on", group.set_up_on),
        ("Stood down on", group.stood_down_on),
        ("Quorum", group.quorum_text),
    ]


def group_sections(request, group: BoardGroup):
    user = request.user
    today = timezone.localdate()
    year = current_year(today)
    can_manage = policy.can_manage(user)
    whole = policy.sees_whole_board(user)
    chairs = list(selectors.chairs_of(user=user, group=group).order_by("-started_on"))
    members = [m for m in selectors.membership_list(user=user, group=group) if m.covers(today)]
    meetings = list(selectors.meeting_list(user=user, group=group).order_by("-held_on"))
    quoracies = selectors.quoracies(user=user, meetings=meetings, today=today)
    vacancy = next(
        (v for v in selectors.vacancies(user=user, as_at=today) if v.group.pk == group.pk), None
    )
    return [
        SafeString(
            render_to_string(
                "governance/_group_sections.html",
                {
                    "group": group,
                    "whole": whole,
                    "can_manage": can_manage,
                    "vacancy": vacancy_text(vacancy) if vacancy else "",
                    "year": year,
                    "days_without_chair": selectors.chairless_days(
                        user=user, group=group, year=year, today=today
                    ),
                    "chairs": components.table(
                        caption=f"Chairs of {group.name}",
                        head=["Chair", "Agency", "From", "To"],
                        rows=[
                            [
                                _link(c.person.full_name, "governance:membership-detail", c.pk),
                                c.agency.name if c.agency else "None (independent)",
                                day(c.started_on),
                                day(c.ended_on) or "Now",
                            ]
                            for c in chairs
                        ],
                        empty="No chair yet.",
                    ),
                    "members": components.table(
                        caption=f"Members of {group.name} today",
                        head=["Member", "Agency", "Role", "Since"],
                        rows=[
                            [
                                _link(m.person.full_name, "governance:membership-detail", m.pk),
                                m.agency.name if m.agency else "None (independent)",
                                m.get_role_display(),
                                day(m.started_on),
                            ]
                            for m in members
                        ],
                        empty="No members you can see.",
                    ),
                    "meetings": components.table(
                        caption=f"Meetings of {group.name}",
                        head=["Date", "Venue", "Quorate?"],
                        rows=[
                            [
                                _link(day(m.held_on), "governance:meeting-detail", m.pk),
                                m.venue,
                                quoracy_tag(quoracies.get(m.pk))
                                if whole
                                else ("Cancelled" if m.cancelled else ""),
                            ]
                            for m in meetings
                        ],
                        empty="No meetings yet.",
                    ),
                },
                request=request,
            )
        )
    ]


def meeting_summary(meeting: Meeting):
    return [
        ("Board or sub-group", meeting.group.name),
        ("Date", meeting.held_on),
        ("Venue", meeting.venue),
        ("Cancelled", meeting.cancelled),
        ("Quorum", meeting.quorum_text),
        ("Notes", meeting.notes),
    ]


def meeting_sections(request, meeting: Meeting):
    user = request.user
    records = list(selectors.attendance_list(user=user, meeting=meeting))
    quoracy = selectors.quoracies(user=user, meetings=[meeting]).get(meeting.pk)
    return [
        SafeString(
            render_to_string(
                "governance/_meeting_sections.html",
                {
                    "meeting": meeting,
                    "quoracy": quoracy,
                    "quoracy_tag": quoracy_tag(quoracy),
                    "can_record": policy.can_manage(user) and not meeting.cancelled,
                    "attendance": components.table(
                        caption=f"Attendance at {meeting}",
                        head=["Member", "Agency", "Role", "Attendance", "Deputy"],
                        rows=[
                            [
                                _link(
                                    a.membership.person.full_name,
                                    "governance:attendance-detail",
                                    a.pk,
                                ),
                                a.membership.agency.name
                                if a.membership.agency
                                else "None (independent)",
                                a.membership.get_role_display(),
                                a.get_status_display(),
                                a.deputy_name,
                            ]
                            for a in records
                        ],
                        empty="No attendance recorded that you can see.",
                    ),
                },
                request=request,
            )
        )
    ]


def membership_summary(membership: Membership):
    return [
        ("Board or sub-group", membership.group.name),
        ("Member", membership.person.full_name),
        ("Agency represented", membership.agency.name if membership.agency else "None"),
        ("Role", membership.get_role_display()),
        ("Started on", membership.started_on),
        ("Ended on", membership.ended_on),
    ]


def membership_sections(request, membership: Membership):
    records = (
        selectors.attendance_list(user=request.user)
        .filter(membership=membership)
        .order_by("-meeting__held_on")
    )
    return [
        components.table(
            caption=f"Attendance of {membership.person.full_name} in this role",
            head=["Meeting", "Attendance"],
            rows=[
                [
                    _link(day(a.meeting.held_on), "governance:meeting-detail", a.meeting_id),
                    a.get_status_display(),
                ]
                for a in records
            ],
            empty="No attendance recorded.",
        )
    ]


def attendance_summary(attendance: Attendance):
    return [
        ("Meeting", str(attendance.meeting)),
        ("Member", attendance.membership.person.full_name),
        (
            "Agency",
            attendance.membership.agency.name if attendance.membership.agency else "None",
        ),
        ("Attendance", attendance.get_status_display()),
        ("Deputy", attendance.deputy_name),
    ]


def priority_summary(priority):
    return [
        ("Number", priority.number),
        ("Title", priority.title),
        ("Description", priority.description),
        ("First year", year_label(priority.first_year)),
        ("Last year", year_label(priority.last_year) if priority.last_year else "Still stands"),
    ]

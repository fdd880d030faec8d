"""The shared record pages (``safeboard.records``) for governance.

Groups, memberships, meetings, attendance and strategic priorities each get
list, detail, create, edit (with conflict detection) and history pages. The
business unit writes (``policy.can_manage``); reading goes through
``visible_to``, so an own-agency role lists its own agency's members and
attendance only. Memberships and attendance are about people: each opening
of their detail page is logged.
"""

from __future__ import annotations

from django.db.models import Q

from safeboard.governance import policy, presenters, selectors, services
from safeboard.governance.forms import (
    AttendanceForm,
    GroupForm,
    MeetingForm,
    MembershipForm,
    PriorityForm,
)
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import StrategicPriority
from safeboard.records.types import Column, RecordType
from safeboard.records.years import year_bounds, year_label

AREA_LABEL = "Governance"
EXPORT_AREA = "governance"
NAMESPACE = "governance"


def _changed(form, names) -> dict:
    return {name: form.cleaned_data[name] for name in names if name in form.cleaned_data}


def _group_save(*, form, user, instance):
    fields = _changed(form, services.GROUP_FIELDS)
    if instance is None:
        return services.group_create(partnership=form.instance.partnership, **fields)
    return services.group_update(group=instance, **fields)


GROUPS = RecordType(
    namespace=NAMESPACE,
    slug="group",
    model=BoardGroup,
    form=GroupForm,
    title="The board and sub-groups",
    intro=(
        "The board and its sub-groups, each with its chair and members. "
        "A group without a chair shows how long it has been vacant."
    ),
    columns=(
        Column("Name", "name"),
        Column("Board or sub-group", "kind"),
        Column("Set up on", "set_up_on"),
        Column("Stood down on", "stood_down_on"),
    ),
    queryset=lambda user: selectors.group_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_group_save,
    summary=presenters.group_summary,
    sections=presenters.group_sections,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)


def _membership_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None and form.continues_from is not None:
        chair = services.chair_appoint(
            group=data["group"],
            person=data["person"],
            started_on=data["started_on"],
            agency=data["agency"],
        )
        if data.get("ended_on"):
            chair = services.membership_end(membership=chair, ended_on=data["ended_on"])
        return chair
    if instance is None:
        return services.membership_create(
            group=data["group"],
            person=data["person"],
            agency=data["agency"],
            role=data["role"],
            started_on=data["started_on"],
            ended_on=data.get("ended_on"),
        )
    return services.membership_update(
        membership=instance, **_changed(form, services.MEMBERSHIP_FIELDS)
    )


def _overlapping(rows, year: int):
    start, end = year_bounds(year)
    return rows.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=start), started_on__lte=end)


MEMBERSHIPS = RecordType(
    namespace=NAMESPACE,
    slug="membership",
    model=Membership,
    form=MembershipForm,
    title="Members",
    intro="Who sat on the board and its sub-groups in the year, in which role, for which agency.",
    columns=(
        Column("Member", "person.full_name"),
        Column("Group", "group.name"),
        Column("Agency", lambda m: m.agency.name if m.agency else "None (independent)"),
        Column("Role", "role"),
        Column("From", "started_on"),
        Column("To", "ended_on"),
    ),
    queryset=lambda user: selectors.membership_list(user=user).order_by(
        "group__kind", "group__name", "person__full_name", "started_on"
    ),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_membership_save,
    summary=presenters.membership_summary,
    sections=lambda request, m: presenters.membership_sections(request, m),
    year_filter=_overlapping,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
    log_reads=True,
)


def _meeting_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.meeting_create(
            group=data["group"],
            held_on=data["held_on"],
            venue=data.get("venue", ""),
            notes=data.get("notes", ""),
            quorum_members=data["quorum_members"],
            quorum_statutory_partners=data["quorum_statutory_partners"],
        )
    return services.meeting_update(meeting=instance, **_changed(form, services.MEETING_FIELDS))


MEETINGS = RecordType(
    namespace=NAMESPACE,
    slug="meeting",
    model=Meeting,
    form=MeetingForm,
    title="Meetings",
    intro="The meetings of the board and its sub-groups, and who came.",
    columns=(
        Column("Meeting", lambda m: str(m)),
        Column("Venue", "venue"),
        Column("Cancelled", "cancelled"),
    ),
    queryset=lambda user: selectors.meeting_list(user=user).order_by("-held_on", "group__name"),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_meeting_save,
    summary=presenters.meeting_summary,
    sections=presenters.meeting_sections,
    year_filter=lambda rows, year: rows.filter(held_on__range=year_bounds(year)),
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)


def _attendance_save(*, form, user, instance):
    data = form.cleaned_data
    return services.attendance_record(
        meeting=instance.meeting if instance else data["meeting"],
        membership=instance.membership if instance else data["membership"],
        status=data["status"],
        deputy_name=data.get("deputy_name", ""),
    )


ATTENDANCE = RecordType(
    namespace=NAMESPACE,
    slug="attendance",
    model=Attendance,
    form=AttendanceForm,
    title="Attendance",
    intro=(
        "Each member's attendance at each meeting. To record a whole meeting at once, "
        "open the meeting and choose 'Record attendance'."
    ),
    columns=(
        Column("Member", "membership.person.full_name"),
        Column("Meeting", lambda a: str(a.meeting)),
        Column("Agency", lambda a: a.membership.agency.name if a.membership.agency else "None"),
        Column("Attendance", "status"),
    ),
    queryset=lambda user: selectors.attendance_list(user=user).order_by(
        "-meeting__held_on", "membership__person__full_name"
    ),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_attendance_save,
    summary=presenters.attendance_summary,
    year_filter=lambda rows, year: rows.filter(meeting__held_on__range=year_bounds(year)),
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
    log_reads=True,
)


def _priority_save(*, form, user, instance):
    fields = _changed(form, services.PRIORITY_FIELDS)
    if instance is None:
        return services.priority_create(partnership=form.instance.partnership, **fields)
    return services.priority_update(priority=instance, **fields)


PRIORITIES = RecordType(
    namespace=NAMESPACE,
    slug="priority",
    model=StrategicPriority,
    form=PriorityForm,
    title="Strategic priorities",
    intro=(
        "The board's strategic priorities, as it numbers them. Courses, action plans and "
        "audits link to them."
    ),
    columns=(
        Column("Priority", lambda p: f"Priority {p.number}: {p.title}"),
        Column("From", lambda p: year_label(p.first_year)),
        Column("To", lambda p: year_label(p.last_year) if p.last_year else "Still stands"),
    ),
    queryset=lambda user: selectors.priority_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_priority_save,
    summary=presenters.priority_summary,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)

RECORD_TYPES = (GROUPS, MEMBERSHIPS, MEETINGS, ATTENDANCE, PRIORITIES)

"""Writing the governance records: keyword-only, validated, atomic.

Every write runs ``full_clean``, so the model's own checks (a date inside the
group's life, one chair at a time, one membership per person at a time, an
attendance only for a member on the meeting's date) refuse bad input with a
``ValidationError`` naming the field and what to do. Who may write is the
views' and the records pages' business (``policy.can_manage``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership, day_text
from safeboard.partnership.models import Agency, Partnership, Person, StrategicPriority

UNKNOWN_FIELD = "'{field}' cannot be changed here."
LAST_YEAR_BEFORE_FIRST = "The last year cannot be before the first year."
NO_CHAIR_TO_LEAVE = "{group} has no chair on {day}: there is nobody to stand down."
ATTENDANCE_FOR_MEMBER = "{person}: {message}"

GROUP_FIELDS = frozenset(
    {
        "name",
        "kind",
        "purpose",
        "set_up_on",
        "stood_down_on",
        "quorum_members",
        "quorum_statutory_partners",
        "deputies_count",
    }
)
MEMBERSHIP_FIELDS = frozenset({"person", "agency", "role", "started_on", "ended_on"})
MEETING_FIELDS = frozenset(
    {
        "held_on",
        "venue",
        "cancelled",
        "notes",
        "quorum_members",
        "quorum_statutory_partners",
        "deputies_count",
    }
)
PRIORITY_FIELDS = frozenset({"number", "title", "description", "first_year", "last_year"})

# ``agency`` left out: the person's own agency (none for a lay member).
PERSONS_AGENCY = object()


def _apply(record, fields: Mapping, allowed: frozenset[str]):
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(UNKNOWN_FIELD.format(field=name))
        setattr(record, name, value)
    record.full_clean()
    record.save()
    return record


# --- groups ---------------------------------------------------------------------------------


@transaction.atomic
def group_create(
    *,
    partnership: Partnership,
    name: str,
    set_up_on: date,
    quorum_members: int,
    kind: str = BoardGroup.Kind.SUB_GROUP,
    purpose: str = "",
    quorum_statutory_partners: int = 0,
    deputies_count: bool = True,
    stood_down_on: date | None = None,
) -> BoardGroup:
    """Add the board or a sub-group, with its quorum rule for the meetings to come."""
    group = BoardGroup(
        partnership=partnership,
        name=name,
        kind=kind,
        purpose=purpose,
        set_up_on=set_up_on,
        stood_down_on=stood_down_on,
        quorum_members=quorum_members,
        quorum_statutory_partners=quorum_statutory_partners,
        deputies_count=deputies_count,
    )
    group.full_clean()
    group.save()
    return group


@transaction.atomic
def group_update(*, group: BoardGroup, **fields) -> BoardGroup:
    """Change a group. A new quorum rule applies to meetings arranged from now on."""
    return _apply(group, fields, GROUP_FIELDS)


# --- memberships and chairs -----------------------------------------------------------------


@transaction.atomic
def membership_create(
    *,
    group: BoardGroup,
    person: Person,
    started_on: date,
    role: str = Membership.Role.MEMBER,
    ended_on: date | None = None,
    agency: Agency | None | object = PERSONS_AGENCY,
) -> Membership:
    """Put a person on a group in a role. The agency represented defaults to the
    person's own (none for a lay member); pass ``agency=None`` for an independent chair."""
    if agency is PERSONS_AGENCY:
        agency = None if role == Membership.Role.LAY_MEMBER else person.agency
    membership = Membership(
        group=group,
        person=person,
        agency=agency,
        role=role,
        started_on=started_on,
        ended_on=ended_on,
    )
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def membership_update(*, membership: Membership, **fields) -> Membership:
    return _apply(membership, fields, MEMBERSHIP_FIELDS)


@transaction.atomic
def membership_end(*, membership: Membership, ended_on: date) -> Membership:
    """The member's last day on the group (a chair's: the last day in the chair)."""
    return _apply(membership, {"ended_on": ended_on}, MEMBERSHIP_FIELDS)


@transaction.atomic
def chair_appoint(
    *,
    group: BoardGroup,
    person: Person,
    started_on: date,
    agency: Agency | None | object = PERSONS_AGENCY,
) -> Membership:
    """Make a person the group's chair from ``started_on``.

    A member who takes the chair keeps one line of history: their ordinary
    membership ends the day before, the chair membership starts that day, and
    any attendance already recorded from that day on moves to the chair line.
    """
    current = (
        Membership.objects.filter(group=group, person=person)
        .exclude(role=Membership.Role.CHAIR)
        .filter(started_on__lt=started_on)
        .order_by("-started_on")
        .first()
    )
    if current is None or not current.covers(started_on):
        return membership_create(
            group=group,
            person=person,
            started_on=started_on,
            role=Membership.Role.CHAIR,
            agency=agency,
        )
    if agency is PERSONS_AGENCY:
        agency = current.agency
    # End the member line without its checks for a moment: the attendance after the
    # new end date moves to the chair line below, then the member line is checked.
    current.ended_on = started_on - timedelta(days=1)
    current.save()
    chair = membership_create(
        group=group,
        person=person,
        started_on=started_on,
        role=Membership.Role.CHAIR,
        agency=agency,
    )
    for record in current.attendance.filter(meeting__held_on__gte=started_on):
        record.membership = chair
        record.full_clean()
        record.save()
    current.full_clean()
    return chair


@transaction.atomic
def chair_leave(*, group: BoardGroup, ended_on: date) -> Membership:
    """The group's chair leaves: ``ended_on`` is their last day in the chair.
    From the next day the group shows as a vacancy until a chair is appointed."""
    chair = next(
        (
            m
            for m in Membership.objects.filter(group=group, role=Membership.Role.CHAIR)
            if m.covers(ended_on)
        ),
        None,
    )
    if chair is None:
        raise ValidationError(
            {"ended_on": NO_CHAIR_TO_LEAVE.format(group=group, day=day_text(ended_on))}
        )
    return membership_end(membership=chair, ended_on=ended_on)


# --- meetings and attendance ----------------------------------------------------------------


@transaction.atomic
def meeting_create(
    *,
    group: BoardGroup,
    held_on: date,
    venue: str = "",
    quorum_members: int | None = None,
    quorum_statutory_partners: int | None = None,
    deputies_count: bool | None = None,
    cancelled: bool = False,
    notes: str = "",
) -> Meeting:
    """Arrange a meeting. Its quorum rule is the group's unless given, and is kept
    with the meeting: a later change to the group's rule leaves past meetings alone."""
    meeting = Meeting(
        group=group,
        held_on=held_on,
        venue=venue,
        cancelled=cancelled,
        notes=notes,
        quorum_members=group.quorum_members if quorum_members is None else quorum_members,
        quorum_statutory_partners=(
            group.quorum_statutory_partners
            if quorum_statutory_partners is None
            else quorum_statutory_partners
        ),
        deputies_count=group.deputies_count if deputies_count is None else deputies_count,
    )
    meeting.full_clean()
    meeting.save()
    return meeting


@transaction.atomic
def meeting_update(*, meeting: Meeting, **fields) -> Meeting:
    return _apply(meeting, fields, MEETING_FIELDS)


@transaction.atomic
def attendance_record(
    *, meeting: Meeting, membership: Membership, status: str, deputy_name: str = ""
) -> Attendance:
    """Record (or correct) one member's attendance at a meeting."""
    attendance = Attendance.objects.filter(meeting=meeting, membership=membership).first()
    if attendance is None:
        attendance = Attendance(meeting=meeting, membership=membership)
    if attendance.status == status and attendance.deputy_name == deputy_name:
        return attendance  # unchanged: no new history row
    attendance.status = status
    attendance.deputy_name = deputy_name
    attendance.full_clean()
    attendance.save()
    return attendance


def members_on(meeting: Meeting) -> list[Membership]:
    """The group's members on the meeting's date: whose attendance is to be recorded."""
    memberships = Membership.objects.filter(group_id=meeting.group_id).select_related(
        "person", "agency"
    )
    return sorted(
        (m for m in memberships if m.covers(meeting.held_on)), key=lambda m: m.person.full_name
    )


@transaction.atomic
def attendance_record_many(
    *, meeting: Meeting, statuses: Mapping[Membership, str | tuple[str, str]]
) -> list[Attendance]:
    """Record a meeting's attendance in one go: each member's status, or
    (status, deputy's name). Any refusal stores nothing and names every member refused."""
    problems: list[str] = []
    saved: list[Attendance] = []
    for membership, given in statuses.items():
        status, deputy_name = (given, "") if isinstance(given, str) else given
        try:
            with transaction.atomic():
                saved.append(
                    attendance_record(
                        meeting=meeting,
                        membership=membership,
                        status=status,
                        deputy_name=deputy_name,
                    )
                )
        except ValidationError as error:
            name = str(membership.person)
            for message in _messages(error):
                # Each message names the member it is about, once.
                if not message.startswith(name):
                    message = ATTENDANCE_FOR_MEMBER.format(person=name, message=message)
                problems.append(message)
    if problems:
        raise ValidationError(problems)
    return saved


def _messages(error: ValidationError) -> Iterable[str]:
    if hasattr(error, "message_dict"):
        for messages in error.message_dict.values():
            yield from messages
    else:
        yield from error.messages


# --- strategic priorities -------------------------------------------------------------------


def _check_priority_years(priority: StrategicPriority) -> None:
    if priority.last_year is not None and priority.first_year is not None:
        if priority.last_year < priority.first_year:
            raise ValidationError({"last_year": LAST_YEAR_BEFORE_FIRST})


@transaction.atomic
def priority_create(
    *,
    partnership: Partnership,
    number: int,
    title: str,
    first_year: int,
    description: str = "",
    last_year: int | None = None,
) -> StrategicPriority:
    """Add one of the board's strategic priorities, as the board numbers it."""
    priority = StrategicPriority(
        partnership=partnership,
        number=number,
        title=title,
        description=description,
        first_year=first_year,
        last_year=last_year,
    )
    priority.full_clean()
    _check_priority_years(priority)
    priority.save()
    return priority


@transaction.atomic
def priority_update(*, priority: StrategicPriority, **fields) -> StrategicPriority:
    for name, value in fields.items():
        if name not in PRIORITY_FIELDS:
            raise ValidationError(UNKNOWN_FIELD.format(field=name))
        setattr(priority, name, value)
    priority.full_clean()
    _check_priority_years(priority)
    priority.save()
    return priority

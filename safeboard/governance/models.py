"""Governance: the board, its sub-groups, who sits on them, their meetings and attendance.

- ``BoardGroup``: the board itself or one of its sub-groups, with the date it
  was set up (a vacancy with no chair ever counts from then) and its quorum rule.
- ``Membership``: a person on a group in a role, from a start to an end date,
  representing an agency (none for the independent chair or a lay member).
  The chair of a group is the membership in the role ``chair``: the chair
  history is those memberships over time, so a vacancy runs from the day
  after the last chair left (or from the day the group was set up).
- ``Meeting``: a meeting of a group on a date, with the quorum rule copied
  from the group when it was arranged (a later change to the rule does not
  rewrite whether past meetings were quorate).
- ``Attendance``: one member at one meeting: present, deputy sent,
  apologies or absent.

Groups and meetings are the board's public business (every signed-in user);
memberships and attendance name people, so they are scoped by agency like
``partnership.Person``: an own-agency role sees its own agency's only.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel

ENDS_BEFORE_START = "The end date cannot be before the start date."
BEFORE_SET_UP = "{group} was set up on {set_up}: enter a date on or after that."
AFTER_STOOD_DOWN = "{group} was stood down on {stood_down}: enter a date on or before that."
MEMBERSHIP_OVERLAPS = (
    "{person} is already on {group} from {start} to {end}: end that membership first, "
    "or change its dates."
)
CHAIR_OVERLAPS = (
    "{person} chairs {group} from {start} to {end}: a group has one chair at a time. "
    "Enter the day that chair left first."
)
ATTENDED_OUTSIDE = (
    "{person} has attendance recorded at the meeting on {day}, outside these dates: "
    "correct that attendance first, or keep the dates around it."
)
NOT_STATUTORY_PARTNER = (
    "{agency} is not one of the statutory safeguarding partners: choose another role, "
    "or mark the agency as a statutory partner on its page."
)
WRONG_GROUP = "{person} is a member of {member_of}, not of {group}."
NOT_MEMBER_ON_DATE = "{person} was not a member of {group} on {day}."
MEETING_CANCELLED = "The meeting was cancelled: there is no attendance to record."
MEETING_NOT_HELD_YET = (
    "The meeting is on {day}: until then only apologies can be recorded, not who came."
)
DEPUTY_NAME_ONLY_FOR_DEPUTY = "Give a deputy's name only when a deputy was sent."
STATUTORY_OVER_MEMBERS = (
    "The number of statutory partners needed cannot be more than the members needed."
)

# Each financial year is named by the year it ends, as everywhere in Safeboard.


def day_text(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "now"


class QuorumRule(models.Model):
    """The quorum: at least ``quorum_members`` members counted, including members
    from at least ``quorum_statutory_partners`` different statutory partner agencies;
    a deputy sent counts as the member when ``deputies_count`` is set."""

    quorum_members = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="The fewest members (or their deputies) present for the meeting to be quorate.",
    )
    quorum_statutory_partners = models.PositiveSmallIntegerField(
        default=0,
        help_text=(
            "Of those, how many different statutory partners (local authority, police, "
            "health) must be represented. 0 for no such rule."
        ),
    )
    deputies_count = models.BooleanField(
        default=True,
        verbose_name="Deputies count towards the quorum",
        help_text="Whether a deputy sent in a member's place counts as that member.",
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if (
            self.quorum_members is not None
            and self.quorum_statutory_partners is not None
            and self.quorum_statutory_partners > self.quorum_members
        ):
            raise ValidationError({"quorum_statutory_partners": STATUTORY_OVER_MEMBERS})

    @property
    def quorum_text(self) -> str:
        text = f"{self.quorum_members} member{'s' if self.quorum_members != 1 else ''}"
        if self.quorum_statutory_partners:
            partners = self.quorum_statutory_partners
            text += f", including {partners} statutory partner{'s' if partners != 1 else ''}"
        if not self.deputies_count:
            text += " (deputies do not count)"
        return text


class BoardGroup(QuorumRule, BaseModel):
    visibility = Visibility.SIGNED_IN

    class Kind(models.TextChoices):
        BOARD = "board", "Board"
        SUB_GROUP = "sub-group", "Sub-group"

    partnership = models.ForeignKey(
        "partnership.Partnership", on_delete=models.PROTECT, related_name="board_groups"
    )
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SUB_GROUP)
    purpose = models.TextField(blank=True)
    set_up_on = models.DateField(
        verbose_name="Set up on",
        help_text="A group that has never had a chair has been vacant since this day.",
    )
    stood_down_on = models.DateField(
        null=True,
        blank=True,
        verbose_name="Stood down on",
        help_text="The last day the group existed; blank while it stands.",
    )

    class Meta:
        verbose_name = "board or sub-group"
        verbose_name_plural = "board and sub-groups"
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "name"], name="governance_group_name")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.set_up_on and self.stood_down_on and self.stood_down_on < self.set_up_on:
            raise ValidationError({"stood_down_on": ENDS_BEFORE_START})

    def exists_on(self, day: date) -> bool:
        return self.set_up_on <= day and (self.stood_down_on is None or day <= self.stood_down_on)

    def check_date(self, field: str, day: date | None) -> None:
        """Refuse a date outside the group's life, naming the form field."""
        if day is None or self.set_up_on is None:
            return
        if day < self.set_up_on:
            raise ValidationError(
                {field: BEFORE_SET_UP.format(group=self.name, set_up=day_text(self.set_up_on))}
            )
        if self.stood_down_on is not None and day > self.stood_down_on:
            raise ValidationError(
                {
                    field: AFTER_STOOD_DOWN.format(
                        group=self.name, stood_down=day_text(self.stood_down_on)
                    )
                }
            )


class Membership(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "agency"

    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice-chair", "Vice-chair"
        STATUTORY_PARTNER = "statutory-partner", "Statutory partner representative"
        MEMBER = "member", "Member"
        ADVISER = "adviser", "Adviser"
        LAY_MEMBER = "lay-member", "Lay member"

    # Advisers attend to advise; they do not count towards the quorum.
    QUORUM_ROLES = frozenset(
        {Role.CHAIR, Role.VICE_CHAIR, Role.STATUTORY_PARTNER, Role.MEMBER, Role.LAY_MEMBER}
    )

    group = models.ForeignKey(BoardGroup, on_delete=models.PROTECT, related_name="memberships")
    person = models.ForeignKey(
        "partnership.Person", on_delete=models.PROTECT, related_name="board_memberships"
    )
    agency = models.ForeignKey(
        "partnership.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="board_memberships",
        help_text="The agency the member represents; blank for an independent chair or lay member.",
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    started_on = models.DateField(verbose_name="Started on")
    ended_on = models.DateField(
        null=True,
        blank=True,
        verbose_name="Ended on",
        help_text="The last day on the group (for a chair: the last day in the chair).",
    )

    class Meta:
        ordering = ["group", "-started_on", "person__full_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True)
                | models.Q(ended_on__gte=models.F("started_on")),
                name="governance_membership_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}, {self.get_role_display().lower()}, {self.group}"

    def covers(self, day: date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)

    def overlaps(self, started_on: date, ended_on: date | None) -> bool:
        return (self.ended_on is None or started_on <= self.ended_on) and (
            ended_on is None or self.started_on <= ended_on
        )

    def clean(self) -> None:
        super().clean()
        if self.started_on is None or self.group_id is None or self.person_id is None:
            return
        if self.ended_on is not None and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": ENDS_BEFORE_START})
        self.group.check_date("started_on", self.started_on)
        if self.role == self.Role.STATUTORY_PARTNER and (
            self.agency is None or not self.agency.is_statutory_partner
        ):
            agency = self.agency.name if self.agency else "No agency"
            raise ValidationError({"role": NOT_STATUTORY_PARTNER.format(agency=agency)})
        others = Membership.objects.filter(group_id=self.group_id).exclude(pk=self.pk)
        # A member taking the chair: their member line ends the day before (chair_appoint).
        continues = getattr(self, "continues_from", None)
        same_person = others.filter(person_id=self.person_id)
        if continues is not None:
            same_person = same_person.exclude(pk=continues.pk)
        for other in same_person:
            if other.overlaps(self.started_on, self.ended_on):
                raise ValidationError(
                    {
                        "started_on": MEMBERSHIP_OVERLAPS.format(
                            person=self.person,
                            group=self.group,
                            start=day_text(other.started_on),
                            end=day_text(other.ended_on),
                        )
                    }
                )
        if self.pk is not None:
            for record in self.attendance.select_related("meeting"):
                if not self.covers(record.meeting.held_on):
                    raise ValidationError(
                        {
                            "ended_on": ATTENDED_OUTSIDE.format(
                                person=self.person, day=day_text(record.meeting.held_on)
                            )
                        }
                    )
        if self.role == self.Role.CHAIR:
            for other in others.filter(role=self.Role.CHAIR).select_related("person"):
                if other.overlaps(self.started_on, self.ended_on):
                    raise ValidationError(
                        {
                            "started_on": CHAIR_OVERLAPS.format(
                                person=other.person,
                                group=self.group,
                                start=day_text(other.started_on),
                                end=day_text(other.ended_on),
                            )
                        }
                    )

    @property
    def counts_for_quorum(self) -> bool:
        return self.role in self.QUORUM_ROLES

    @property
    def represents_statutory_partner(self) -> bool:
        return self.agency is not None and self.agency.is_statutory_partner


class Meeting(QuorumRule, BaseModel):
    visibility = Visibility.SIGNED_IN

    group = models.ForeignKey(BoardGroup, on_delete=models.PROTECT, related_name="meetings")
    held_on = models.DateField(verbose_name="Date")
    venue = models.CharField(max_length=200, blank=True)
    cancelled = models.BooleanField(default=False)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-held_on", "group__name"]
        constraints = [
            models.UniqueConstraint(fields=["group", "held_on"], name="governance_meeting_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.group}, {day_text(self.held_on)}"

    def clean(self) -> None:
        super().clean()
        if self.group_id is not None:
            self.group.check_date("held_on", self.held_on)


class Attendance(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "membership__agency"

    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        DEPUTY = "deputy", "Deputy sent"
        APOLOGIES = "apologies", "Apologies"
        ABSENT = "absent", "Absent"

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="attendance")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="attendance")
    status = models.CharField(max_length=10, choices=Status.choices)
    deputy_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who came in the member's place, if a deputy was sent.",
    )

    class Meta:
        verbose_name_plural = "attendance"
        ordering = ["meeting", "membership__person__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "membership"], name="governance_attendance_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.membership.person}: {self.get_status_display().lower()}"

    def clean(self) -> None:
        super().clean()
        if self.meeting_id is None or self.membership_id is None:
            return
        meeting, membership = self.meeting, self.membership
        if membership.group_id != meeting.group_id:
            raise ValidationError(
                {
                    "membership": WRONG_GROUP.format(
                        person=membership.person, member_of=membership.group, group=meeting.group
                    )
                }
            )
        if not membership.covers(meeting.held_on):
            raise ValidationError(
                {
                    "membership": NOT_MEMBER_ON_DATE.format(
                        person=membership.person, group=meeting.group, day=day_text(meeting.held_on)
                    )
                }
            )
        if meeting.cancelled:
            raise ValidationError({"status": MEETING_CANCELLED})
        if self.status != self.Status.APOLOGIES and meeting.held_on > timezone.localdate():
            raise ValidationError(
                {"status": MEETING_NOT_HELD_YET.format(day=day_text(meeting.held_on))}
            )
        if self.deputy_name and self.status != self.Status.DEPUTY:
            raise ValidationError({"deputy_name": DEPUTY_NAME_ONLY_FOR_DEPUTY})

    @property
    def attended(self) -> bool:
        """Present, or a deputy sent: the member's agency was at the table."""
        return self.status in (self.Status.PRESENT, self.Status.DEPUTY)

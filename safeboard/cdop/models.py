"""Child death reviews: the deaths notified to the child death overview panel,
the information each agency gives, the child death review meetings, the
panel's meetings and its decision on each death, and the actions it raised.

Every record here is restricted (``Visibility.CDOP``): only the panel's
members and the business unit read them, after two-factor sign-in. A child is
never named: a death carries the panel's own case number, an age group, sex
if needed and the local authority the child lived in (DOMAIN.md section 2).

The stages follow the Child Death Review Statutory and Operational Guidance
(2018): notification, information gathering, the child death review meeting,
independent review by the panel, then national analysis.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.common.working_days import add_working_days

# The statutory categories (DOMAIN.md 2.4), stored as the code 1 to 10 with the
# scheme they come from, because the national analysis form can change.
CATEGORY_SCHEME = "analysis-form-10"

# A reporting form's timescale is the panel's own choice, not set in guidance.
DEFAULT_WORKING_DAYS = 10

NOT_A_CASE_NUMBER = (
    "Enter the panel's own case number, such as CDOP-2018-017. It must contain a number, "
    "and must never be the child's name or NHS number."
)
LOOKS_LIKE_NHS_NUMBER = (
    "That looks like an NHS number (10 digits). Enter the panel's own case number instead, "
    "such as CDOP-2018-017: never the child's NHS number."
)
AUTHORITY_NOT_ON_PANEL = "{authority} is not served by {panel}: choose one of its authorities."
DEATH_AFTER_NOTIFICATION = "The date of death cannot be after the panel was notified."
IN_FUTURE = "The date cannot be in the future."
REASON_NEEDED = "Say why the joint agency response was triggered."
REASON_WITHOUT_RESPONSE = "Give a reason only when a joint agency response was triggered."
BEFORE_NOTIFICATION = "The date cannot be before the panel was notified of the death."
BEFORE_DEATH = "The date cannot be before the child's death."
RECEIVED_BEFORE_REQUESTED = "The date received cannot be before the date requested."
NOTICE_AFTER_MEETING = "Invitations cannot be sent after the meeting."
MEETING_OF_ANOTHER_PANEL = "Choose a meeting of {panel}, the panel the death was notified to."
DOMAIN_NEEDED = "Modifiable factors were found: tick the domain or domains they sit in."
DOMAIN_WITHOUT_FACTORS = "Tick a domain only when modifiable factors were found."
SUBMITTED_BEFORE_REVIEW = "The case cannot go to the national database before the panel's review."

_NHS_SHAPE = re.compile(r"^\d{10}$")


def validate_case_reference(value: str) -> None:
    """A case number of the panel's: has a digit, and is not an NHS number."""
    if _NHS_SHAPE.match(re.sub(r"[\s-]", "", value)):
        raise ValidationError(LOOKS_LIKE_NHS_NUMBER)
    if not any(ch.isdigit() for ch in value):
        raise ValidationError(NOT_A_CASE_NUMBER)


case_reference_shape = RegexValidator(r"^[A-Za-z0-9][A-Za-z0-9 /._-]*$", NOT_A_CASE_NUMBER)


def _not_future(errors: dict, field: str, value) -> None:
    if value is not None and value > timezone.localdate():
        errors.setdefault(field, IN_FUTURE)


class ChildDeath(BaseModel):
    """A death notified to the panel: the case, and the first decisions about it."""

    visibility = Visibility.CDOP

    class AgeGroup(models.TextChoices):
        NEONATAL = "0-27d", "Under 28 days"
        INFANT = "28-364d", "28 days to under 1 year"
        AGED_1_4 = "1-4", "1 to 4 years"
        AGED_5_9 = "5-9", "5 to 9 years"
        AGED_10_14 = "10-14", "10 to 14 years"
        AGED_15_17 = "15-17", "15 to 17 years"

    class Sex(models.TextChoices):
        FEMALE = "female", "Female"
        MALE = "male", "Male"
        NOT_KNOWN = "not-known", "Not known"

    class Place(models.TextChoices):
        HOSPITAL = "hospital", "Hospital"
        HOSPICE = "hospice", "Hospice"
        HOME = "home", "Home"
        OTHER_RESIDENCE = "other-residence", "Another residence"
        PUBLIC_PLACE = "public-place", "Public place"
        ABROAD = "abroad", "Abroad"
        OTHER = "other", "Other"

    class Expectation(models.TextChoices):
        EXPECTED = "expected", "Expected"
        UNEXPECTED = "unexpected", "Unexpected"

    class ResponseReason(models.TextChoices):
        # The criteria for a joint agency response (DOMAIN.md 2.5).
        EXTERNAL = "external", "Is or could be due to external causes"
        SUDDEN = "sudden", "Sudden, with no immediately apparent cause (including SUDI/SUDC)"
        CUSTODY = "custody", "In custody or detained under the Mental Health Act"
        SUSPICION = "suspicion", "Circumstances at first raise suspicion it was not natural"
        STILLBIRTH = "stillbirth", "A stillbirth with no healthcare professional present"

    panel = models.ForeignKey(
        "partnership.ChildDeathOverviewPanel", on_delete=models.PROTECT, related_name="deaths"
    )
    case_reference = models.CharField(
        "case number",
        max_length=30,
        validators=[case_reference_shape, validate_case_reference],
        help_text="The panel's own number for the case, such as CDOP-2018-017. "
        "Never the child's name or NHS number.",
    )
    local_authority = models.ForeignKey(
        "partnership.LocalAuthority",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="area of residence",
        help_text="The local authority the child lived in.",
    )
    date_of_death = models.DateField()
    notified_on = models.DateField(
        "date the panel was notified", help_text="When the panel learned of the death."
    )
    age_group = models.CharField(max_length=8, choices=AgeGroup.choices)
    sex = models.CharField(max_length=10, choices=Sex.choices, blank=True)
    place_of_death = models.CharField(max_length=20, choices=Place.choices)
    expectation = models.CharField(
        "expected or unexpected",
        max_length=10,
        choices=Expectation.choices,
        help_text="Unexpected: not anticipated as a significant possibility, "
        "for example 24 hours before.",
    )
    joint_agency_response = models.BooleanField("joint agency response triggered", default=False)
    response_reason = models.CharField(
        "why the joint agency response was triggered",
        max_length=12,
        choices=ResponseReason.choices,
        blank=True,
    )
    national_notified_on = models.DateField(
        "notified to the national database",
        null=True,
        blank=True,
        help_text="When the panel notified the National Child Mortality Database "
        "(from 1 April 2019; within 48 hours).",
    )

    class Meta:
        verbose_name = "child death"
        ordering = ["-notified_on", "case_reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["panel", "case_reference"], name="cdop_one_case_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"Case {self.case_reference}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.panel_id and self.local_authority_id:
            if self.local_authority.cdop_panel_id != self.panel_id:
                errors["local_authority"] = AUTHORITY_NOT_ON_PANEL.format(
                    authority=self.local_authority, panel=self.panel
                )
        if self.date_of_death and self.notified_on and self.date_of_death > self.notified_on:
            errors["date_of_death"] = DEATH_AFTER_NOTIFICATION
        _not_future(errors, "date_of_death", self.date_of_death)
        _not_future(errors, "notified_on", self.notified_on)
        _not_future(errors, "national_notified_on", self.national_notified_on)
        if self.joint_agency_response and not self.response_reason:
            errors["response_reason"] = REASON_NEEDED
        if not self.joint_agency_response and self.response_reason:
            errors["response_reason"] = REASON_WITHOUT_RESPONSE
        if self.national_notified_on and self.notified_on:
            if self.national_notified_on < self.notified_on:
                errors["national_notified_on"] = BEFORE_NOTIFICATION
        if errors:
            raise ValidationError(errors)


class AgencyInformation(BaseModel):
    """Information the panel asked an agency for about a death, and when it came."""

    visibility = Visibility.CDOP

    class Form(models.TextChoices):
        REPORTING = "reporting", "Child death reporting form"
        SUPPLEMENTARY = "supplementary", "Supplementary reporting form"
        OTHER = "other", "Other information"

    death = models.ForeignKey(
        ChildDeath, on_delete=models.PROTECT, related_name="agency_information"
    )
    agency = models.ForeignKey("partnership.Agency", on_delete=models.PROTECT, related_name="+")
    form = models.CharField(max_length=15, choices=Form.choices, default=Form.REPORTING)
    requested_on = models.DateField()
    working_days_allowed = models.PositiveSmallIntegerField(
        default=DEFAULT_WORKING_DAYS,
        help_text="The panel's own timescale for this request, in working days "
        "(weekends and bank holidays do not count).",
    )
    due_on = models.DateField(editable=False, help_text="Worked out from the two above.")
    received_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "information request"
        verbose_name_plural = "information from agencies"
        ordering = ["death", "requested_on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_form_display()} from {self.agency}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.requested_on:
            self.due_on = add_working_days(self.requested_on, self.working_days_allowed or 0)
            if self.death_id and self.requested_on < self.death.date_of_death:
                errors["requested_on"] = BEFORE_DEATH
        if self.received_on and self.requested_on and self.received_on < self.requested_on:
            errors["received_on"] = RECEIVED_BEFORE_REQUESTED
        _not_future(errors, "requested_on", self.requested_on)
        _not_future(errors, "received_on", self.received_on)
        if errors:
            raise ValidationError(errors)


class ReviewMeeting(BaseModel):
    """The child death review meeting: the professionals who knew the child."""

    visibility = Visibility.CDOP

    class PostMortem(models.TextChoices):
        AVAILABLE = "available", "Available"
        NOT_AVAILABLE = "not-available", "Not yet available"
        NONE = "none", "No post-mortem"

    death = models.ForeignKey(ChildDeath, on_delete=models.PROTECT, related_name="review_meetings")
    held_on = models.DateField("date of the meeting")
    notice_given_on = models.DateField(
        "date invitations were sent",
        null=True,
        blank=True,
        help_text="The national guidance advises at least a month's notice.",
    )
    agencies = models.ManyToManyField(
        "partnership.Agency", blank=True, related_name="+", verbose_name="agencies attending"
    )
    post_mortem = models.CharField(
        "post-mortem report", max_length=15, choices=PostMortem.choices, blank=True
    )

    class Meta:
        verbose_name = "child death review meeting"
        ordering = ["-held_on", "pk"]

    def __str__(self) -> str:
        return f"Review meeting on {self.held_on.day} {self.held_on:%B %Y}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.death_id and self.held_on and self.held_on < self.death.date_of_death:
            errors["held_on"] = BEFORE_DEATH
        if self.notice_given_on and self.held_on and self.notice_given_on > self.held_on:
            errors["notice_given_on"] = NOTICE_AFTER_MEETING
        if errors:
            raise ValidationError(errors)


class PanelMeeting(BaseModel):
    """A meeting of the child death overview panel, where it reviews deaths."""

    visibility = Visibility.CDOP

    panel = models.ForeignKey(
        "partnership.ChildDeathOverviewPanel", on_delete=models.PROTECT, related_name="meetings"
    )
    held_on = models.DateField("date of the meeting")
    notes = models.TextField(
        blank=True, help_text="About the meeting, not about any child: no names."
    )

    class Meta:
        verbose_name = "panel meeting"
        ordering = ["-held_on"]
        constraints = [
            models.UniqueConstraint(fields=["panel", "held_on"], name="cdop_one_meeting_a_day")
        ]

    def __str__(self) -> str:
        return f"Panel meeting of {self.held_on.day} {self.held_on:%B %Y}"


class CaseReview(BaseModel):
    """The panel's review of one death and what it decided."""

    visibility = Visibility.CDOP

    class Category(models.IntegerChoices):
        # In the hierarchy's order: where more than one could apply, the highest.
        DELIBERATE = 1, "Deliberately inflicted injury, abuse or neglect"
        SUICIDE = 2, "Suicide or deliberate self-inflicted harm"
        TRAUMA = 3, "Trauma and other external factors"
        MALIGNANCY = 4, "Malignancy"
        ACUTE = 5, "Acute medical or surgical condition"
        CHRONIC = 6, "Chronic medical condition"
        CONGENITAL = 7, "Chromosomal, genetic and congenital anomalies"
        PERINATAL = 8, "Perinatal or neonatal event"
        INFECTION = 9, "Infection"
        SUDDEN = 10, "Sudden unexpected, unexplained death"

    class Modifiable(models.TextChoices):
        YES = "yes", "Yes"
        NO = "no", "No"
        INSUFFICIENT = "insufficient", "Not enough information"

    DOMAINS = (
        ("factors_child", "The child"),
        ("factors_social", "Social environment, including family and parenting"),
        ("factors_physical", "Physical environment"),
        ("factors_service", "Service delivery"),
    )

    death = models.OneToOneField(ChildDeath, on_delete=models.PROTECT, related_name="review")
    meeting = models.ForeignKey(
        PanelMeeting,
        on_delete=models.PROTECT,
        related_name="reviews",
        verbose_name="panel meeting",
    )
    category = models.PositiveSmallIntegerField("category of death", choices=Category.choices)
    category_scheme = models.CharField(max_length=40, default=CATEGORY_SCHEME, editable=False)
    modifiable = models.CharField("modifiable factors", max_length=12, choices=Modifiable.choices)
    factors_child = models.BooleanField("in the child", default=False)
    factors_social = models.BooleanField(
        "in the social environment, including family and parenting", default=False
    )
    factors_physical = models.BooleanField("in the physical environment", default=False)
    factors_service = models.BooleanField("in service delivery", default=False)
    learning = models.TextField(
        blank=True, help_text="What the panel learned. No names: refer to the case number."
    )
    national_submitted_on = models.DateField("sent to the national database", null=True, blank=True)

    class Meta:
        verbose_name = "panel review"
        ordering = ["-meeting__held_on", "death__case_reference"]

    def __str__(self) -> str:
        return f"Panel review of case {self.death.case_reference}"

    def domains(self) -> list[str]:
        return [label for field, label in self.DOMAINS if getattr(self, field)]

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.death_id and self.meeting_id:
            if self.meeting.panel_id != self.death.panel_id:
                errors["meeting"] = MEETING_OF_ANOTHER_PANEL.format(panel=self.death.panel)
            elif self.meeting.held_on < self.death.notified_on:
                errors["meeting"] = BEFORE_NOTIFICATION
        ticked = bool(self.domains())
        if self.modifiable == self.Modifiable.YES and not ticked:
            errors["factors_child"] = DOMAIN_NEEDED
        if self.modifiable and self.modifiable != self.Modifiable.YES and ticked:
            errors["factors_child"] = DOMAIN_WITHOUT_FACTORS
        if self.national_submitted_on and self.meeting_id:
            if self.national_submitted_on < self.meeting.held_on:
                errors["national_submitted_on"] = SUBMITTED_BEFORE_REVIEW
        _not_future(errors, "national_submitted_on", self.national_submitted_on)
        if errors:
            raise ValidationError(errors)


class RaisedAction(BaseModel):
    """An action the panel raised from a review, kept in the board's action plans.

    The link stays here, restricted: the action plan's readers see the action
    and its learning, never which death it came from.
    """

    visibility = Visibility.CDOP

    review = models.ForeignKey(CaseReview, on_delete=models.PROTECT, related_name="raised_actions")
    action = models.OneToOneField(
        "actions.Action", on_delete=models.PROTECT, related_name="cdop_raised"
    )

    class Meta:
        verbose_name = "action raised"
        verbose_name_plural = "actions raised"
        ordering = ["review", "pk"]

    def __str__(self) -> str:
        return f"Action raised from case {self.review.death.case_reference}"

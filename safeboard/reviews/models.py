"""Serious incident notifications, rapid reviews and practice reviews.

The most sensitive records in the system: every model here is
``Visibility.CASE_REVIEW`` (the business unit and the case review group,
after two-factor sign-in). A child is never named: each case carries a
reference in a fixed form ("SIN 2018-01", "SCR 2017-02"), which cannot hold
a name, and the free-text fields say so.

The lifecycle (DOMAIN.md section 3):

- ``SeriousIncident``: the local authority learns of a serious incident and
  notifies the national Panel (within 5 working days);
- ``RapidReview``: required once notified, completed within 15 working days,
  and decides on a local review, no review or a referral to the national Panel;
- ``PracticeReview``: a serious case review (the LSCB regime, before the
  2018 arrangements) or a local child safeguarding practice review, with its
  lead reviewers, terms of reference, scope, status, final report (due 6
  months after commissioning), publication, cost and the business unit's
  staff days; its ``Finding`` and ``ReviewRecommendation`` rows, each
  recommendation raised into the review's action plan (``safeboard.actions``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel

# Letters, a year and a number: "SIN 2018-01". No room for a name.
REFERENCE_FORMAT = RegexValidator(
    r"^[A-Z]{2,6} \d{4}-\d{2,3}$",
    "Enter a case reference like SIN 2018-01 (capital letters, a space, the year, "
    "a hyphen and a number). Never a child's name.",
)
NO_NAMES = "Never a child's or family member's name: use the case reference."

# The statutory regimes (DOMAIN.md 3.1, 3.2): the notification duty and local
# practice reviews began on 29 June 2018; the last LSCBs (and their serious
# case reviews) ended when every area's new arrangements began, 29 September 2019.
NEW_REGIME_START = date(2018, 6, 29)
LSCB_REGIME_END = date(2019, 9, 29)

MONEY = {"max_digits": 12, "decimal_places": 2}

AFTER_AWARE = "This cannot be before the local authority became aware of the incident ({aware})."
BEFORE_COMMISSIONED = "This cannot be before the review was commissioned ({commissioned})."


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


class SeriousIncident(BaseModel):
    """A serious incident notification (SIN) to the Child Safeguarding Practice Review Panel."""

    visibility = Visibility.CASE_REVIEW

    class Harm(models.TextChoices):
        DIED = "died", "A child died"
        SERIOUSLY_HARMED = "seriously-harmed", "A child was seriously harmed"

    reference = models.CharField(
        max_length=20,
        unique=True,
        validators=[REFERENCE_FORMAT],
        help_text="The case reference, e.g. SIN 2018-01. " + NO_NAMES,
    )
    local_authority = models.ForeignKey(
        "partnership.LocalAuthority", on_delete=models.PROTECT, related_name="serious_incidents"
    )
    harm = models.CharField(max_length=20, choices=Harm.choices)
    children = models.PositiveSmallIntegerField(
        "children in the notification",
        default=1,
        validators=[
            MinValueValidator(1, "A notification is about 1 child or more."),
            MaxValueValidator(4, "One notification names up to 4 children."),
        ],
        help_text="One notification per incident names up to 4 children.",
    )
    looked_after = models.BooleanField(
        "a looked-after child",
        default=False,
        help_text="Notified whether or not abuse is suspected.",
    )
    incident_date = models.DateField("date of the incident", null=True, blank=True)
    aware_date = models.DateField(
        "date the local authority became aware",
        help_text="The 5 working days to notify, and the 15 for the rapid review, start here.",
    )
    notified_date = models.DateField("date notified to the national panel", null=True, blank=True)
    partners_notified_date = models.DateField(
        "date the safeguarding partners were told", null=True, blank=True
    )
    summary = models.TextField(
        "what happened", blank=True, help_text="Briefly, for the case review group. " + NO_NAMES
    )

    class Meta:
        ordering = ["-aware_date", "reference"]
        verbose_name = "serious incident notification"

    def __str__(self) -> str:
        return self.reference

    def clean(self) -> None:
        errors = {}
        if self.aware_date and self.incident_date and self.aware_date < self.incident_date:
            errors["aware_date"] = "The local authority cannot become aware before the incident."
        for name in ("notified_date", "partners_notified_date"):
            value = getattr(self, name)
            if value and self.aware_date and value < self.aware_date:
                errors[name] = AFTER_AWARE.format(aware=_day(self.aware_date))
        if errors:
            raise ValidationError(errors)


class RapidReview(BaseModel):
    """The rapid review of a notified incident and the partnership's decision."""

    visibility = Visibility.CASE_REVIEW

    class Decision(models.TextChoices):
        LOCAL_REVIEW = "local-review", "Commission a local child safeguarding practice review"
        NO_REVIEW = "no-review", "No review"
        NATIONAL = "referred-nationally", "Referred to the national panel for a national review"

    incident = models.OneToOneField(
        SeriousIncident, on_delete=models.PROTECT, related_name="rapid_review"
    )
    started_date = models.DateField("date started", null=True, blank=True)
    completed_date = models.DateField(
        "date completed and sent to the national panel", null=True, blank=True
    )
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    rationale = models.TextField("why", blank=True, help_text=NO_NAMES)
    panel_response_date = models.DateField("date the national panel replied", null=True, blank=True)
    panel_response = models.TextField("the national panel's reply", blank=True)

    class Meta:
        ordering = ["-incident__aware_date", "incident__reference"]

    def __str__(self) -> str:
        return f"Rapid review of {self.incident.reference}"

    def clean(self) -> None:
        errors = {}
        incident = self.incident if self.incident_id else None
        if incident is not None and incident.notified_date is None:
            errors["incident"] = (
                f"Record the date {incident.reference} was notified to the national panel "
                "first: a rapid review cannot start without a notification."
            )
        if incident is not None:
            for name in ("started_date", "completed_date", "panel_response_date"):
                value = getattr(self, name)
                if value and value < incident.aware_date:
                    errors[name] = AFTER_AWARE.format(aware=_day(incident.aware_date))
        if self.started_date and self.completed_date and self.completed_date < self.started_date:
            errors["completed_date"] = "The rapid review cannot end before it started."
        if self.completed_date and not self.decision:
            errors["decision"] = "Select the decision the completed rapid review reached."
        if self.decision and not self.completed_date:
            errors["completed_date"] = "Enter the date the rapid review was completed."
        if errors:
            raise ValidationError(errors)


class PracticeReview(BaseModel):
    """A serious case review or a local child safeguarding practice review."""

    visibility = Visibility.CASE_REVIEW

    class Kind(models.TextChoices):
        SCR = "scr", "Serious case review"
        LCSPR = "lcspr", "Local child safeguarding practice review"

    class Status(models.TextChoices):
        SCOPING = "scoping", "Scoping"
        IN_PROGRESS = "in-progress", "In progress"
        DRAFT = "draft-report", "Draft report"
        FINAL = "final-report", "Final report received"
        AWAITING = "awaiting-publication", "Awaiting publication"
        PUBLISHED = "published", "Published"
        NOT_PUBLISHED = "not-published", "Not to be published"

    WITH_FINAL_REPORT = (Status.FINAL, Status.AWAITING, Status.PUBLISHED)

    reference = models.CharField(
        max_length=20,
        unique=True,
        validators=[REFERENCE_FORMAT],
        help_text="The case reference, e.g. SCR 2017-01. " + NO_NAMES,
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    rapid_review = models.OneToOneField(
        RapidReview,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practice_review",
        help_text="The rapid review that decided on it (local reviews only).",
    )
    commissioned_date = models.DateField(
        "date commissioned", help_text="The final report is due 6 months after this."
    )
    lead_reviewers = models.CharField(
        max_length=300, help_text="The independent lead reviewers, by name."
    )
    terms_of_reference = models.TextField(help_text=NO_NAMES)
    scope = models.TextField(help_text="The period and agencies the review covers. " + NO_NAMES)
    methodology = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.SCOPING)
    final_report_date = models.DateField(
        "date the final report was received", null=True, blank=True
    )
    sent_to_panel_date = models.DateField("date sent to the national panel", null=True, blank=True)
    published_date = models.DateField("date published", null=True, blank=True)
    not_published_reason = models.TextField(
        "reason for not publishing", blank=True, help_text=NO_NAMES
    )
    cost = models.DecimalField(
        "cost (£)",
        **MONEY,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0.00"), "Enter a cost of £0 or more.")],
        help_text="What the review cost the board, in pounds.",
    )
    staff_days = models.DecimalField(
        "business unit staff days",
        max_digits=6,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(Decimal("0.0"), "Enter 0 days or more.")],
        help_text="Days the business unit's own staff gave to the review.",
    )
    plan_owner = models.ForeignKey(
        "partnership.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practice_reviews_owned",
        verbose_name="action plan owner",
        help_text="Who answers to the board for the review's action plan.",
    )
    action_plan = models.OneToOneField(
        "actions.ActionPlan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practice_review",
        editable=False,
    )

    class Meta:
        ordering = ["-commissioned_date", "reference"]

    def __str__(self) -> str:
        return self.reference

    def clean(self) -> None:
        errors: dict[str, str] = {}
        commissioned = self.commissioned_date
        if commissioned:
            if self.kind == self.Kind.SCR and commissioned > LSCB_REGIME_END:
                errors["kind"] = (
                    "Serious case reviews ended with the LSCBs on 29 September 2019: "
                    "a later review is a local child safeguarding practice review."
                )
            if self.kind == self.Kind.LCSPR and commissioned < NEW_REGIME_START:
                errors["kind"] = (
                    "Local child safeguarding practice reviews began on 29 June 2018: "
                    "an earlier review is a serious case review."
                )
            for name in ("final_report_date", "sent_to_panel_date", "published_date"):
                value = getattr(self, name)
                if value and value < commissioned:
                    errors[name] = BEFORE_COMMISSIONED.format(commissioned=_day(commissioned))
        if self.rapid_review_id:
            if self.kind == self.Kind.SCR:
                errors["rapid_review"] = (
                    "Serious case reviews had no rapid review: leave this empty."
                )
            elif self.rapid_review.decision != RapidReview.Decision.LOCAL_REVIEW:
                errors["rapid_review"] = (
                    f"The rapid review of {self.rapid_review.incident.reference} did not "
                    "decide on a local review."
                )
        published = self.status == self.Status.PUBLISHED
        if published and not self.published_date:
            errors["published_date"] = "Enter the date the review was published."
        if self.published_date and not published:
            errors["status"] = "A review with a published date has the status Published."
        if self.status == self.Status.NOT_PUBLISHED and not self.not_published_reason.strip():
            errors["not_published_reason"] = "Say why the review is not to be published."
        if self.not_published_reason.strip() and self.status != self.Status.NOT_PUBLISHED:
            errors["not_published_reason"] = (
                "Give a reason for not publishing only when the status is Not to be published."
            )
        if self.status in self.WITH_FINAL_REPORT and not self.final_report_date:
            errors.setdefault("final_report_date", "Enter the date the final report was received.")
        if (
            self.published_date
            and self.final_report_date
            and self.published_date < self.final_report_date
        ):
            errors["published_date"] = "A review cannot be published before its final report."
        if errors:
            raise ValidationError(errors)


class Finding(BaseModel):
    """A key finding of a review, and the learning that follows from it."""

    visibility = Visibility.CASE_REVIEW

    review = models.ForeignKey(PracticeReview, on_delete=models.PROTECT, related_name="findings")
    number = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    text = models.TextField("the finding", help_text=NO_NAMES)
    learning = models.TextField(
        "what follows for practice", blank=True, help_text="The question or change it leads to."
    )

    class Meta:
        ordering = ["review", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="reviews_one_finding_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.review.reference}: finding {self.number}"


class ReviewRecommendation(BaseModel):
    """A recommendation of a review; adding one raises it into the review's action plan."""

    visibility = Visibility.CASE_REVIEW

    review = models.ForeignKey(
        PracticeReview, on_delete=models.PROTECT, related_name="recommendations"
    )
    number = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    text = models.TextField("the recommendation", help_text=NO_NAMES)
    plan_recommendation = models.OneToOneField(
        "actions.Recommendation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="review_recommendation",
        editable=False,
    )

    class Meta:
        ordering = ["review", "number"]
        verbose_name = "recommendation"
        constraints = [
            models.UniqueConstraint(
                fields=["review", "number"], name="reviews_one_recommendation_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.review.reference}: recommendation {self.number}"

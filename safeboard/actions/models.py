"""Action plans: a plan from any source, its recommendations, their actions,
the dated updates on each action and the evidence behind it.

A plan comes from an inspection, a case review, the child death overview
panel, an audit or anything else; other apps create plans through the
services (``plan_create``, ``recommendation_add``, ``action_add``). Actions
belong to an owner agency, so an agency lead sees and works on their own
agency's actions only (``visible_to``); a plan or recommendation is visible
to them when it holds at least one of their agency's actions.

Evidence files live in the workspace (``evidence/``), never under static or
media serving: they are read back only through a view that checks access.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel


class ActionPlan(BaseModel):
    visibility = Visibility.AGENCY
    # Multi-valued: selectors add .distinct() so a plan is listed once.
    agency_field = "recommendations__actions__owner_agency"

    class SourceKind(models.TextChoices):
        INSPECTION = "inspection", "Inspection"
        CASE_REVIEW = "case-review", "Case review"
        CDOP = "cdop", "Child death overview panel"
        AUDIT = "audit", "Audit"
        OTHER = "other", "Other"

    title = models.CharField(max_length=200)
    source_kind = models.CharField(max_length=20, choices=SourceKind.choices)
    source_title = models.CharField(
        max_length=300, help_text="What the plan answers, e.g. 'Ofsted inspection of the LSCB'."
    )
    source_reference = models.CharField(
        max_length=100, blank=True, help_text="The source's own reference, if it has one."
    )
    source_outcome = models.CharField(
        max_length=200,
        blank=True,
        help_text="The judgement or conclusion, e.g. 'Requires improvement'.",
    )
    source_date = models.DateField(help_text="When the source was published or reported.")
    owner = models.ForeignKey(
        "partnership.Person",
        on_delete=models.PROTECT,
        related_name="action_plans_owned",
        help_text="Who answers to the board for the plan.",
    )
    strategic_priority = models.ForeignKey(
        "partnership.StrategicPriority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="action_plans",
    )

    class Meta:
        ordering = ["-source_date", "title"]

    def __str__(self) -> str:
        return self.title


class Recommendation(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "actions__owner_agency"

    plan = models.ForeignKey(ActionPlan, on_delete=models.PROTECT, related_name="recommendations")
    number = models.PositiveSmallIntegerField(help_text="As the source numbers it: 1, 2, 3...")
    text = models.TextField(help_text="The recommendation in the source's own words.")

    class Meta:
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "number"], name="actions_one_recommendation_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"Recommendation {self.number}"


class Action(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "owner_agency"

    class Status(models.TextChoices):
        NOT_STARTED = "not-started", "Not started"
        ON_TRACK = "on-track", "On track"
        AT_RISK = "at-risk", "At risk"
        COMPLETE = "complete", "Complete"

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.PROTECT, related_name="actions"
    )
    number = models.PositiveSmallIntegerField(help_text="Its place under the recommendation.")
    text = models.TextField()
    owner_agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="actions"
    )
    lead_person = models.ForeignKey(
        "partnership.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="actions_led",
    )
    agreed_on = models.DateField(
        default=timezone.localdate,
        help_text="The day the action was agreed; its first activity, until an update.",
    )
    due_date = models.DateField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NOT_STARTED)
    completed_date = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["recommendation__plan", "recommendation__number", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["recommendation", "number"], name="actions_one_action_per_number"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status="complete", completed_date__isnull=False)
                    | (~models.Q(status="complete") & models.Q(completed_date__isnull=True))
                ),
                name="actions_completed_date_iff_complete",
            ),
        ]

    def __str__(self) -> str:
        return f"Action {self.recommendation.number}.{self.number}"

    @property
    def reference(self) -> str:
        return f"{self.recommendation.number}.{self.number}"


class ActionUpdate(BaseModel):
    """A dated note on an action's progress, and the status change it made, if any."""

    visibility = Visibility.AGENCY
    agency_field = "action__owner_agency"

    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="updates")
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    update_date = models.DateField(help_text="The day the update speaks for.")
    text = models.TextField()
    status_from = models.CharField(max_length=12, choices=Action.Status.choices, blank=True)
    status_to = models.CharField(max_length=12, choices=Action.Status.choices, blank=True)

    class Meta:
        ordering = ["action", "-update_date", "-pk"]

    def __str__(self) -> str:
        return f"Update of {self.update_date.day} {self.update_date:%B %Y}"

    @property
    def changed_status(self) -> bool:
        return bool(self.status_to) and self.status_to != self.status_from


class ActionEvidence(BaseModel):
    """Evidence that an action was done: a description, and a file if one was given.

    The file is kept in the workspace under ``stored_name`` (a random name);
    ``file_name`` is the uploader's name for it, shown and used on download.
    """

    visibility = Visibility.AGENCY
    agency_field = "action__owner_agency"

    action = models.ForeignKey(Action, on_delete=models.PROTECT, related_name="evidence")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    text = models.TextField(help_text="What the evidence shows.")
    file_name = models.CharField(max_length=200, blank=True)
    stored_name = models.CharField(max_length=80, blank=True, unique=True, null=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name_plural = "action evidence"
        ordering = ["action", "-created_at", "-pk"]

    def __str__(self) -> str:
        return self.file_name or "Evidence"

    @property
    def has_file(self) -> bool:
        return bool(self.stored_name)

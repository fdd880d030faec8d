"""An agency's return for one quarter, and the whole numbers it gives.

The return's template (what it asks) is data in ``definitions``; a return
names it by id. Status moves draft -> submitted -> accepted, or submitted ->
returned (sent back with the business unit's comment) -> submitted again. An
accepted return is locked: the services refuse every change to it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.dataset.periods import year_label


class AgencyReturn(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "agency"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        RETURNED = "returned", "Sent back"
        ACCEPTED = "accepted", "Accepted"

    template_id = models.CharField(max_length=40)
    agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="agency_returns"
    )
    collection_year = models.PositiveSmallIntegerField(
        help_text="The year the collection ends: 2018 for 2017-18."
    )
    quarter = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(4)]
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(
        blank=True, help_text="Why the business unit sent the return back."
    )

    class Meta:
        ordering = ["-collection_year", "-quarter", "template_id", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["template_id", "agency", "collection_year", "quarter"],
                name="agency_return_one_per_quarter",
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__gte=1, quarter__lte=4),
                name="agency_return_quarter_1_to_4",
            ),
        ]

    def __str__(self) -> str:
        from safeboard.agency_returns.definitions import template_get

        template = template_get(self.template_id)
        title = template.title if template else self.template_id
        return f"{title}, Q{self.quarter} {year_label(self.collection_year)}"

    @property
    def is_locked(self) -> bool:
        return self.status == self.Status.ACCEPTED


class ReturnFigure(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "agency_return__agency"

    agency_return = models.ForeignKey(
        AgencyReturn, on_delete=models.CASCADE, related_name="figures"
    )
    figure_id = models.CharField(max_length=60)
    breakdown_value = models.CharField(max_length=100, blank=True)
    value = models.PositiveIntegerField()

    class Meta:
        ordering = ["agency_return", "figure_id", "breakdown_value"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency_return", "figure_id", "breakdown_value"],
                name="return_figure_one_value",
            )
        ]

    def __str__(self) -> str:
        where = f" ({self.breakdown_value})" if self.breakdown_value else ""
        return f"{self.figure_id}{where}: {self.value}"

"""Lead agency reports: what each agency did in a year and plans for the next.

The partnership sets the year's themes (the source report's Appendix B uses
diversity and equality, neglect, child sexual exploitation and early help).
Each agency writes one report a year: items under the themes, each either
"what we did" (in that year) or "what we plan" (for the next). Status moves
draft -> submitted -> accepted, or submitted -> returned (with the business
unit's comment) -> submitted again. Every accept or return is kept as a
``ReportReview`` (who, when, the comment), so comments are never overwritten.
An accepted report is locked and feeds the annual report's Appendix B.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from safeboard.access.visibility import Visibility
from safeboard.agency_reports.text import validate_item_text
from safeboard.common.models import BaseModel
from safeboard.dataset.periods import year_label

YEAR_HELP = "The year it ends, as the board names it: 2018 for 2017/18."


class Theme(BaseModel):
    """A theme the partnership asks every agency to report under in one year."""

    visibility = Visibility.SIGNED_IN

    partnership = models.ForeignKey(
        "partnership.Partnership", on_delete=models.PROTECT, related_name="report_themes"
    )
    year = models.PositiveSmallIntegerField(help_text=YEAR_HELP)
    order = models.PositiveSmallIntegerField(
        default=1, help_text="Where the theme comes in the report: 1 first."
    )
    title = models.CharField(max_length=120)
    description = models.TextField(
        blank=True, max_length=2000, help_text="What the partnership wants agencies to cover."
    )

    class Meta:
        ordering = ["-year", "order", "title"]
        constraints = [
            models.UniqueConstraint(
                "partnership",
                "year",
                Lower("title"),
                name="report_theme_title_once_a_year",
                violation_error_message="The year already has a theme with that title.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({year_label(self.year)})"


class AgencyReport(BaseModel):
    """One agency's lead agency report for one year."""

    visibility = Visibility.AGENCY
    agency_field = "agency"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        RETURNED = "returned", "Returned"
        ACCEPTED = "accepted", "Accepted"

    agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="lead_agency_reports"
    )
    year = models.PositiveSmallIntegerField(help_text=YEAR_HELP)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "lead agency report"
        ordering = ["-year", "agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="agency_report_one_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.agency} lead agency report {year_label(self.year)}"

    @property
    def is_locked(self) -> bool:
        return self.status == self.Status.ACCEPTED

    @property
    def is_editable(self) -> bool:
        """The agency's lead may change it: a draft, or returned to them."""
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)


class ReportItem(BaseModel):
    """One entry of a report under a theme: something done in the year, or planned."""

    visibility = Visibility.AGENCY
    agency_field = "report__agency"

    class Kind(models.TextChoices):
        DID = "did", "What we did"
        PLAN = "plan", "What we plan to do"

    report = models.ForeignKey(AgencyReport, on_delete=models.CASCADE, related_name="items")
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="items")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    position = models.PositiveSmallIntegerField(
        default=1, help_text="Order within its theme and kind: 1 first."
    )
    text = models.TextField(
        validators=[validate_item_text],
        help_text="Plain text; start lines with '- ' for a bulleted list.",
    )

    class Meta:
        verbose_name = "report item"
        ordering = ["report", "theme__order", "theme__title", "kind", "position", "pk"]

    def __str__(self) -> str:
        first_line = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first_line[:60]


class ReportReview(BaseModel):
    """The business unit's decision on a submitted report: accepted, or returned with why."""

    visibility = Visibility.AGENCY
    agency_field = "report__agency"

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        RETURNED = "returned", "Returned"

    report = models.ForeignKey(AgencyReport, on_delete=models.PROTECT, related_name="reviews")
    decision = models.CharField(max_length=10, choices=Decision.choices)
    comment = models.TextField(blank=True, max_length=4000)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField()

    class Meta:
        ordering = ["report", "reviewed_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(decision="returned") | ~models.Q(comment=""),
                name="report_review_return_has_comment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} {self.reviewed_at:%Y-%m-%d}"

"""The annual report: its sections, scrutiny, sign-off, distribution and builds.

The report's figures are never stored here: each build computes them from
the records and the dataset and records what it read (``ReportBuild.inputs``).
What is stored is what people decide: the order and prose of the sections,
the scrutineer's comments, each statutory partner's sign-off, and to whom
the published report went and when.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.dataset.periods import year_label
from safeboard.partnership.models import Agency, Partnership

# WT2018: the report goes to the national panel and the What Works Centre
# within 7 days of publication (DOMAIN.md 1.5).
NATIONAL_DEADLINE_DAYS = 7


class AnnualReport(BaseModel):
    visibility = Visibility.SIGNED_IN

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_SCRUTINY = "in-scrutiny", "With the independent scrutineer"
        SIGNING_OFF = "signing-off", "Being signed off by the partners"
        PUBLISHED = "published", "Published"

    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField(
        help_text="The year it reports on, as the year it ends."
    )
    title = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    published_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "year"], name="one_report_a_year")
        ]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        return self.title or f"Annual report {year_label(self.year)}"


class ReportSection(BaseModel):
    """One section of one year's report: a built-in one (its content computed) or the
    partnership's own (prose only). Either kind can carry prose, be moved or switched off."""

    visibility = Visibility.SIGNED_IN

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="sections")
    key = models.SlugField(
        max_length=60, help_text="A built-in section's key, or the partnership's own."
    )
    title = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField()
    enabled = models.BooleanField(
        default=True, help_text="Switch off a section that does not apply."
    )
    builtin = models.BooleanField(default=False, editable=False)
    narrative = models.TextField(
        blank=True,
        help_text="Markdown. Cite a figure's sentence with [[fact:NAME]]; raw HTML is shown as text.",
    )

    class Meta:
        ordering = ["report", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["report", "key"], name="one_section_per_key")
        ]

    def __str__(self) -> str:
        return self.title


class ScrutinyComment(BaseModel):
    """The independent scrutineer's comment on the draft, and the business unit's reply."""

    visibility = Visibility.SIGNED_IN

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="comments")
    section = models.ForeignKey(
        ReportSection, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    response = models.TextField(blank=True)
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Comment {self.pk} on {self.report}"


class SignOff(BaseModel):
    """A statutory partner's sign-off (WT2023: the partners sign the report off)."""

    visibility = Visibility.SIGNED_IN

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="sign_offs")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="+")
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_on = models.DateField()
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["report", "agency"], name="one_sign_off_per_partner")
        ]

    def __str__(self) -> str:
        return f"{self.agency} signed off {self.report}"


class Recipient(BaseModel):
    """Who the published report goes to, and when it was sent."""

    visibility = Visibility.SIGNED_IN

    class Kind(models.TextChoices):
        NATIONAL = "national", "National body (due within 7 days of publication)"
        LOCAL = "local", "Local leader or board"

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="recipients")
    name = models.CharField(
        max_length=200, help_text="The role or body, e.g. 'Leader of the council'."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    def due_on(self):
        """National bodies: 7 days after publication; others have no set date."""
        published = self.report.published_on
        if self.kind != self.Kind.NATIONAL or published is None:
            return None
        return published + timedelta(days=NATIONAL_DEADLINE_DAYS)


class ReportBuild(BaseModel):
    """One build of the report: where its files are, their digests, and what it read."""

    visibility = Visibility.SIGNED_IN

    report = models.ForeignKey(AnnualReport, on_delete=models.CASCADE, related_name="builds")
    built_by = models.CharField(max_length=150)
    folder = models.CharField(max_length=300)
    html_sha256 = models.CharField(max_length=64)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    inputs = models.JSONField(default=dict)
    blockers = models.JSONField(
        default=list, help_text="Why this build may not be published (empty when it may)."
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Build {self.pk} of {self.report}"

    @property
    def publishable(self) -> bool:
        return not self.blockers


class ChecklistLink(BaseModel):
    """The business unit's pointer: this section of the report covers that checklist item."""

    visibility = Visibility.SIGNED_IN

    report = models.ForeignKey(
        AnnualReport, on_delete=models.CASCADE, related_name="checklist_links"
    )
    item = models.SlugField(max_length=40)
    section = models.ForeignKey(
        ReportSection, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "item"], name="one_link_per_item")]

    def __str__(self) -> str:
        return f"{self.item}: {self.section}"

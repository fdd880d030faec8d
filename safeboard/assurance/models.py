"""Assurance work: the audit programme and the board's policies and procedures.

Audits answer the 2017 inspection's second recommendation ("effective
monitoring and evaluation of multi-agency and single-agency auditing"): a
programme per year, each audit with its scope, the agencies taking part,
its grades or findings, and the actions it raises into an action plan.

A section 11 audit is the Children Act 2004 section 11 self-assessment: each
agency grades itself against the round's standards (met, partially met, not
met). A case audit (multi-agency or single-agency) records findings, each
with an Ofsted-style grade.

An audit's actions live in the actions app: the audit's plan is created
through its services the first time an action is raised, and a finding that
raises actions becomes a recommendation in that plan.

Policies and procedures are the board's first statutory function. A policy
is the document (title, kind, owner); its versions carry the status
(draft, in consultation, approved, superseded), the approval and the next
review date. At most one version of a policy is approved at a time: it is
the one in force, and its next review date is the policy's.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.dataset.periods import year_label

PLANNED_DATES_ORDER = "The planned completion date must be on or after the planned start."
COMPLETED_NEEDS_DATE = "Enter the date the audit was completed."
COMPLETED_DATE_ONLY_WHEN_COMPLETE = (
    "Leave the completion date blank until the audit is complete, or mark it complete."
)
APPROVAL_NEEDED = (
    "An {status} version needs its approval date, who approved it and its next review date."
)
REVIEW_AFTER_APPROVAL = "The next review date must be after the approval date."
NOT_YET_APPROVED_DATES = (
    "A {status} version has not been approved: leave the approval date and approver blank."
)


class AuditProgramme(BaseModel):
    """The board's audit programme for one year (2018 = 2017/18)."""

    visibility = Visibility.SIGNED_IN

    partnership = models.ForeignKey(
        "partnership.Partnership", on_delete=models.PROTECT, related_name="audit_programmes"
    )
    year = models.PositiveSmallIntegerField(
        help_text="The year it covers, as the year ending: 2018 for 2017/18."
    )
    title = models.CharField(max_length=200, blank=True)
    approved_on = models.DateField(
        null=True, blank=True, help_text="When the board agreed the programme."
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "year"], name="assurance_one_programme_per_year"
            )
        ]

    def __str__(self) -> str:
        return self.title or f"Audit programme {year_label(self.year)}"


class Audit(BaseModel):
    """One audit in a programme: multi-agency, single-agency or section 11."""

    visibility = Visibility.AGENCY
    # An agency lead sees the audits their agency takes part in.
    agency_field = "agencies"

    class Kind(models.TextChoices):
        MULTI_AGENCY = "multi-agency", "Multi-agency audit"
        SINGLE_AGENCY = "single-agency", "Single-agency audit"
        SECTION_11 = "section-11", "Section 11 audit"

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in-progress", "In progress"
        COMPLETE = "complete", "Complete"

    programme = models.ForeignKey(AuditProgramme, on_delete=models.PROTECT, related_name="audits")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    scope = models.TextField(help_text="What the audit looks at: the question, cases and period.")
    agencies = models.ManyToManyField(
        "partnership.Agency", through="AuditAgency", related_name="audits", blank=True
    )
    lead = models.ForeignKey(
        "partnership.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audits_led",
    )
    priority = models.ForeignKey(
        "partnership.StrategicPriority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audits",
    )
    planned_start = models.DateField(null=True, blank=True)
    planned_completion = models.DateField(
        help_text="When it should be complete; after this an unfinished audit is overdue."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    completed_on = models.DateField(null=True, blank=True)
    conclusion = models.TextField(blank=True, help_text="What the audit found, overall.")
    action_plan = models.ForeignKey(
        "actions.ActionPlan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audits",
        help_text="The plan the audit's actions are raised into.",
    )

    class Meta:
        ordering = ["planned_completion", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_section_11(self) -> bool:
        return self.kind == self.Kind.SECTION_11

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if (
            self.planned_start
            and self.planned_completion
            and self.planned_completion < self.planned_start
        ):
            errors["planned_completion"] = PLANNED_DATES_ORDER
        if self.status == self.Status.COMPLETE and not self.completed_on:
            errors["completed_on"] = COMPLETED_NEEDS_DATE
        if self.status != self.Status.COMPLETE and self.completed_on:
            errors["completed_on"] = COMPLETED_DATE_ONLY_WHEN_COMPLETE
        if errors:
            raise ValidationError(errors)


class AuditAgency(BaseModel):
    """An agency taking part in an audit (its own record, so changes keep their history)."""

    visibility = Visibility.AGENCY
    agency_field = "agency"

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="participants")
    agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="audit_participation"
    )

    class Meta:
        verbose_name = "agency taking part"
        verbose_name_plural = "agencies taking part"
        ordering = ["agency__name"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "agency"], name="assurance_agency_once")
        ]

    def __str__(self) -> str:
        return f"{self.agency} in {self.audit}"


class Section11Standard(BaseModel):
    """One standard of a section 11 round (the partnership's self-assessment tool)."""

    visibility = Visibility.AGENCY
    agency_field = "audit__agencies"

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="standards")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)

    class Meta:
        verbose_name = "section 11 standard"
        ordering = ["audit", "number"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "number"], name="assurance_standard_number")
        ]

    def __str__(self) -> str:
        return f"Standard {self.number}: {self.title}"


class Section11Grade(BaseModel):
    """An agency's self-grade against one standard."""

    visibility = Visibility.AGENCY
    agency_field = "agency"

    class Grade(models.TextChoices):
        MET = "met", "Met"
        PARTIALLY_MET = "partially-met", "Partially met"
        NOT_MET = "not-met", "Not met"

    standard = models.ForeignKey(Section11Standard, on_delete=models.CASCADE, related_name="grades")
    agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="section11_grades"
    )
    grade = models.CharField(max_length=20, choices=Grade.choices)
    evidence = models.TextField(blank=True, help_text="What the agency offers in support.")

    class Meta:
        verbose_name = "section 11 grade"
        ordering = ["standard__number", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["standard", "agency"], name="assurance_one_grade_per_agency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.get_grade_display()} ({self.standard})"


class AuditFinding(BaseModel):
    """A finding of an audit, graded as Ofsted grades practice, or ungraded."""

    visibility = Visibility.AGENCY
    agency_field = "audit__agencies"

    class Grade(models.TextChoices):
        OUTSTANDING = "outstanding", "Outstanding"
        GOOD = "good", "Good"
        REQUIRES_IMPROVEMENT = "requires-improvement", "Requires improvement"
        INADEQUATE = "inadequate", "Inadequate"

    audit = models.ForeignKey(Audit, on_delete=models.CASCADE, related_name="findings")
    number = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=300)
    detail = models.TextField(blank=True)
    grade = models.CharField(max_length=30, choices=Grade.choices, blank=True)
    agency = models.ForeignKey(
        "partnership.Agency",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_findings",
        help_text="The agency it is about; blank when it is about the partnership as a whole.",
    )
    recommendation = models.OneToOneField(
        "actions.Recommendation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_finding",
        help_text="The recommendation this finding became in the audit's action plan.",
    )

    class Meta:
        ordering = ["audit", "number"]
        constraints = [
            models.UniqueConstraint(fields=["audit", "number"], name="assurance_finding_number")
        ]

    def __str__(self) -> str:
        return f"Finding {self.number}: {self.title}"


class Policy(BaseModel):
    """A policy, procedure or guidance document the board owns."""

    visibility = Visibility.SIGNED_IN

    class Kind(models.TextChoices):
        THRESHOLD_DOCUMENT = "threshold-document", "Threshold document"
        PROCEDURES_MANUAL = "procedures-manual", "Procedures manual"
        POLICY = "policy", "Policy"
        PROCEDURE = "procedure", "Procedure"
        GUIDANCE = "guidance", "Guidance"
        PROTOCOL = "protocol", "Protocol"

    partnership = models.ForeignKey(
        "partnership.Partnership", on_delete=models.PROTECT, related_name="policies"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    summary = models.TextField(blank=True)
    owner_agency = models.ForeignKey(
        "partnership.Agency",
        on_delete=models.PROTECT,
        related_name="policies_owned",
        help_text="The agency responsible for keeping it up to date.",
    )
    owner = models.ForeignKey(
        "partnership.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="policies_owned",
        help_text="The person responsible, if one is named.",
    )
    priority = models.ForeignKey(
        "partnership.StrategicPriority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="policies",
    )

    class Meta:
        verbose_name_plural = "policies"
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "title"], name="assurance_policy_title")
        ]

    def __str__(self) -> str:
        return self.title

    def _versions(self) -> list[PolicyVersion]:
        # Uses prefetched versions when the selector gave them.
        return list(self.versions.all())

    @property
    def current_version(self) -> PolicyVersion | None:
        """The version in force: the approved one, if any."""
        return next(
            (v for v in self._versions() if v.status == PolicyVersion.Status.APPROVED), None
        )

    @property
    def latest_version(self) -> PolicyVersion | None:
        """The newest version recorded, whatever its status."""
        versions = self._versions()
        return max(versions, key=lambda v: (v.created_at, v.pk)) if versions else None

    @property
    def next_review_on(self):
        current = self.current_version
        return current.next_review_on if current else None


class PolicyVersion(BaseModel):
    """One version of a policy: its status, approval, next review and the document."""

    visibility = Visibility.SIGNED_IN

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_CONSULTATION = "in-consultation", "In consultation"
        APPROVED = "approved", "Approved"
        SUPERSEDED = "superseded", "Superseded"

    APPROVED_STATUSES = frozenset({Status.APPROVED, Status.SUPERSEDED})

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="versions")
    # Not "version": the shared record form uses that name for its conflict check.
    number = models.CharField(
        "version", max_length=20, help_text="As the document numbers it, e.g. 3.1."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    approved_on = models.DateField(null=True, blank=True)
    approved_by = models.CharField(
        max_length=200, blank=True, help_text="The person or body that approved it."
    )
    next_review_on = models.DateField(null=True, blank=True)
    link = models.URLField(blank=True, help_text="Where the document is published.")
    # An uploaded document is kept in the workspace (``files.py``) under
    # ``stored_name``, a random name; ``file_name`` is the uploader's name for it.
    file_name = models.CharField(max_length=200, blank=True)
    stored_name = models.CharField(max_length=80, blank=True, unique=True, null=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    changes = models.TextField(blank=True, help_text="What changed in this version.")

    class Meta:
        verbose_name = "policy version"
        ordering = ["policy", "-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "number"], name="assurance_version_once"),
            models.UniqueConstraint(
                fields=["policy"],
                condition=models.Q(status="approved"),
                name="assurance_one_version_in_force",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.policy} v{self.number}"

    @property
    def has_file(self) -> bool:
        return bool(self.stored_name)

    def clean(self) -> None:
        status_label = self.get_status_display().lower()
        if self.status in self.APPROVED_STATUSES:
            if not (self.approved_on and self.approved_by and self.next_review_on):
                raise ValidationError(APPROVAL_NEEDED.format(status=status_label))
            if self.next_review_on <= self.approved_on:
                raise ValidationError({"next_review_on": REVIEW_AFTER_APPROVAL})
        elif self.approved_on or self.approved_by:
            raise ValidationError(NOT_YET_APPROVED_DATES.format(status=status_label))

"""Writing audits and policies: keyword-only, checked, atomic.

Audits: ``programme_create``/``programme_update``; ``audit_create``/
``audit_update`` (with the agencies taking part); for a section 11 round,
``standard_add`` (or ``standards_add_usual`` for the usual eight) and
``grade_record`` (an agency's self-grade against a standard); for a case
audit, ``finding_add``/``finding_update``; and ``audit_action_raise``, which
raises an action into the audit's action plan through the actions app.

Policies: ``policy_create``/``policy_update`` for the document, and
``version_add``/``version_update`` for its versions. Approving a version
supersedes the one in force, so a policy has one approved version at most.

A refusal for who the user is raises ``PermissionDenied``; a refusal for the
values raises ``ValidationError`` (field by field where it names a field),
each message built from a named constant below.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max

from safeboard.actions import services as actions
from safeboard.actions.models import Action, ActionPlan, Recommendation
from safeboard.assurance import files, policy
from safeboard.assurance.models import (
    Audit,
    AuditAgency,
    AuditFinding,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
    Section11Standard,
)
from safeboard.dataset.periods import year_label
from safeboard.partnership.models import Agency, Partnership, Person

NOT_SECTION_11 = "Only a section 11 audit has standards and self-grades; this is a {kind}."
AGENCY_NOT_TAKING_PART = "{agency} is not taking part in this audit: add it to the audit first."
AGENCY_HAS_GRADES = (
    "{agency} has section 11 grades in this audit: it cannot be taken off the audit while "
    "they stand."
)
NOT_GRADER = (
    "Only the business unit, or the agency's own lead while the audit is not complete, "
    "can record the agency's section 11 self-grade."
)
UNKNOWN_FIELD = "'{field}' cannot be changed here."
STAYS_SECTION_11 = "This audit has section 11 standards: it stays a section 11 audit."
OWNER_NOT_IN_AGENCY = "{person} works for {their_agency}, not {agency}: choose someone in {agency}."
VERSION_SUPERSEDED = (
    "Version {version} has been superseded: it is kept as it was. Add a new version instead."
)
APPROVED_CHANGE = (
    "Version {version} is approved: only its next review date and link can change. "
    "Add a new version to change the document."
)
BACKWARDS_STATUS = "An approved version cannot go back to {status}: add a new version instead."
NO_FILE_CHANGE = "Version {version} is {status}: its document cannot be replaced."
RAISE_NEEDS_PLAN_OWNER = (
    "This audit has no lead and no action plan yet: say who owns the plan its actions go into."
)
FINDING_OTHER_AUDIT = "That finding belongs to another audit."
RECOMMENDATION_OTHER_PLAN = "That recommendation is not in this audit's action plan."
RECOMMENDATION_NEEDED = (
    "Say what the audit recommends (or raise the action from one of its findings)."
)
NOT_MANAGER = "Only the business unit can raise an audit's actions."

# The usual eight section 11 standards (Working Together, chapter 2), as the
# self-assessment tools of most partnerships word them.
USUAL_STANDARDS: tuple[str, ...] = (
    "Senior management commitment to safeguarding",
    "A clear statement of the agency's responsibilities towards children",
    "A clear line of accountability for safeguarding",
    "Services informed by the views of children and families",
    "Safeguarding training for all staff",
    "Safer recruitment, supervision and allegations management",
    "Effective inter-agency working",
    "Information sharing",
)


def _save(record):
    record.full_clean()
    record.save()
    return record


def _set_fields(record, fields: dict, allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(UNKNOWN_FIELD.format(field=name))
        setattr(record, name, value)


# --- The audit programme -----------------------------------------------------------------

# The year too: a programme entered under the wrong year can be moved.
PROGRAMME_FIELDS = ("year", "title", "approved_on", "notes")


@transaction.atomic
def programme_create(
    *,
    partnership: Partnership,
    year: int,
    title: str = "",
    approved_on: date | None = None,
    notes: str = "",
) -> AuditProgramme:
    """The board's audit programme for a year (one per year)."""
    return _save(
        AuditProgramme(
            partnership=partnership, year=year, title=title, approved_on=approved_on, notes=notes
        )
    )


@transaction.atomic
def programme_update(*, programme: AuditProgramme, **fields) -> AuditProgramme:
    _set_fields(programme, fields, PROGRAMME_FIELDS)
    return _save(programme)


# --- Audits -------------------------------------------------------------------------------

AUDIT_FIELDS = (
    "programme",
    "title",
    "kind",
    "scope",
    "lead",
    "priority",
    "planned_start",
    "planned_completion",
    "status",
    "completed_on",
    "conclusion",
)


def check_audit_agencies(*, audit: Audit, agencies: Iterable[Agency]) -> None:
    """Refuse to take an agency off an audit while its section 11 grades stand."""
    wanted = {agency.pk for agency in agencies}
    for row in AuditAgency.objects.filter(audit=audit).select_related("agency"):
        if row.agency_id in wanted:
            continue
        if Section11Grade.objects.filter(standard__audit=audit, agency_id=row.agency_id).exists():
            raise ValidationError({"agencies": AGENCY_HAS_GRADES.format(agency=row.agency)})


def check_audit_kind(*, audit: Audit, kind: str) -> None:
    """A section 11 audit with standards stays one (its grades would lose their meaning)."""
    if (
        audit.pk is not None
        and kind != Audit.Kind.SECTION_11
        and Audit.objects.filter(pk=audit.pk, kind=Audit.Kind.SECTION_11).exists()
        and audit.standards.exists()
    ):
        raise ValidationError({"kind": STAYS_SECTION_11})


def _agencies_set(audit: Audit, agencies: Iterable[Agency]) -> None:
    """Make the agencies taking part exactly ``agencies``, one history row per change."""
    agencies = list(agencies)
    check_audit_agencies(audit=audit, agencies=agencies)
    wanted = {agency.pk: agency for agency in agencies}
    current = {row.agency_id: row for row in AuditAgency.objects.filter(audit=audit)}
    for agency_id, row in current.items():
        if agency_id not in wanted:
            row.delete()
    for agency_id, agency in wanted.items():
        if agency_id not in current:
            _save(AuditAgency(audit=audit, agency=agency))


@transaction.atomic
def audit_create(
    *,
    programme: AuditProgramme,
    title: str,
    kind: str,
    scope: str,
    planned_completion: date,
    agencies: Iterable[Agency] = (),
    lead: Person | None = None,
    priority=None,
    planned_start: date | None = None,
    status: str = Audit.Status.PLANNED,
    completed_on: date | None = None,
    conclusion: str = "",
) -> Audit:
    """An audit in the programme, with the agencies taking part."""
    audit = _save(
        Audit(
            programme=programme,
            title=title,
            kind=kind,
            scope=scope,
            lead=lead,
            priority=priority,
            planned_start=planned_start,
            planned_completion=planned_completion,
            status=status,
            completed_on=completed_on,
            conclusion=conclusion,
        )
    )
    _agencies_set(audit, agencies)
    return audit


@transaction.atomic
def audit_update(*, audit: Audit, agencies: Iterable[Agency] | None = None, **fields) -> Audit:
    """Change an audit; ``agencies``, when given, replaces the agencies taking part."""
    if "kind" in fields:
        check_audit_kind(audit=audit, kind=fields["kind"])
    _set_fields(audit, fields, AUDIT_FIELDS)
    _save(audit)
    if agencies is not None:
        _agencies_set(audit, agencies)
    return audit


def _require_section_11(audit: Audit) -> None:
    if not audit.is_section_11:
        raise ValidationError(NOT_SECTION_11.format(kind=audit.get_kind_display().lower()))


@transaction.atomic
def standard_add(
    *, audit: Audit, title: str, description: str = "", number: int | None = None
) -> Section11Standard:
    """A standard of a section 11 round; numbered next when no number is given."""
    _require_section_11(audit)
    if number is None:
        number = (audit.standards.aggregate(top=Max("number"))["top"] or 0) + 1
    return _save(
        Section11Standard(audit=audit, number=number, title=title, description=description)
    )


@transaction.atomic
def standard_update(*, standard: Section11Standard, **fields) -> Section11Standard:
    _set_fields(standard, fields, ("number", "title", "description"))
    return _save(standard)


@transaction.atomic
def standards_add_usual(*, audit: Audit) -> list[Section11Standard]:
    """The usual eight standards, numbered 1 to 8; numbers already used are left alone."""
    _require_section_11(audit)
    taken = set(audit.standards.values_list("number", flat=True))
    return [
        standard_add(audit=audit, number=number, title=title)
        for number, title in enumerate(USUAL_STANDARDS, start=1)
        if number not in taken
    ]


@transaction.atomic
def grade_record(
    *, user, standard: Section11Standard, agency: Agency, grade: str, evidence: str = ""
) -> Section11Grade:
    """Record (or change) an agency's self-grade against a standard."""
    audit = standard.audit
    _require_section_11(audit)
    if not policy.can_grade_for(user, audit, agency.pk):
        raise PermissionDenied(NOT_GRADER)
    if not AuditAgency.objects.filter(audit=audit, agency=agency).exists():
        raise ValidationError({"agency": AGENCY_NOT_TAKING_PART.format(agency=agency)})
    row = Section11Grade.objects.filter(standard=standard, agency=agency).first()
    if row is None:
        row = Section11Grade(standard=standard, agency=agency)
    row.grade = grade
    row.evidence = evidence
    return _save(row)


FINDING_FIELDS = ("number", "title", "detail", "grade", "agency")


def _check_finding_agency(finding: AuditFinding) -> None:
    if (
        finding.agency_id is not None
        and not AuditAgency.objects.filter(
            audit_id=finding.audit_id, agency_id=finding.agency_id
        ).exists()
    ):
        raise ValidationError({"agency": AGENCY_NOT_TAKING_PART.format(agency=finding.agency)})


@transaction.atomic
def finding_add(
    *,
    audit: Audit,
    title: str,
    detail: str = "",
    grade: str = "",
    agency: Agency | None = None,
    number: int | None = None,
) -> AuditFinding:
    """A finding of the audit; numbered next when no number is given."""
    if number is None:
        number = (audit.findings.aggregate(top=Max("number"))["top"] or 0) + 1
    finding = AuditFinding(
        audit=audit, number=number, title=title, detail=detail, grade=grade, agency=agency
    )
    _check_finding_agency(finding)
    return _save(finding)


@transaction.atomic
def finding_update(*, finding: AuditFinding, **fields) -> AuditFinding:
    _set_fields(finding, fields, FINDING_FIELDS)
    _check_finding_agency(finding)
    return _save(finding)


# --- Actions raised ----------------------------------------------------------------------


def _audit_plan(audit: Audit, plan_owner: Person | None) -> ActionPlan:
    """The audit's action plan, created through the actions app the first time."""
    if audit.action_plan_id is not None:
        return audit.action_plan
    owner = plan_owner or audit.lead
    if owner is None:
        raise ValidationError({"plan_owner": RAISE_NEEDS_PLAN_OWNER})
    # The caller's right to do this was checked here (``policy.can_manage``).
    plan = actions.plan_create(
        user=None,
        title=f"{audit.title}: actions",
        source_kind=ActionPlan.SourceKind.AUDIT,
        source_title=audit.title,
        source_reference=f"{audit.get_kind_display()}, {year_label(audit.programme.year)}",
        source_date=audit.completed_on or audit.planned_completion,
        owner=owner,
        strategic_priority=audit.priority,
    )
    audit.action_plan = plan
    _save(audit)
    return plan


def _recommendation_for(
    *,
    audit: Audit,
    plan: ActionPlan,
    finding: AuditFinding | None,
    recommendation: Recommendation | None,
    recommendation_text: str,
) -> Recommendation:
    if recommendation is not None:
        if recommendation.plan_id != plan.pk:
            raise ValidationError({"recommendation": RECOMMENDATION_OTHER_PLAN})
        return recommendation
    if finding is not None:
        finding = AuditFinding.objects.select_for_update().get(pk=finding.pk)
        if finding.audit_id != audit.pk:
            raise ValidationError({"finding": FINDING_OTHER_AUDIT})
        if finding.recommendation_id is not None:
            return finding.recommendation
        made = actions.recommendation_add(
            user=None, plan=plan, text=recommendation_text.strip() or finding.title
        )
        finding.recommendation = made
        _save(finding)
        return made
    if not recommendation_text.strip():
        raise ValidationError({"recommendation_text": RECOMMENDATION_NEEDED})
    return actions.recommendation_add(user=None, plan=plan, text=recommendation_text.strip())


@transaction.atomic
def audit_action_raise(
    *,
    user,
    audit: Audit,
    text: str,
    owner_agency: Agency,
    due_date: date,
    lead_person: Person | None = None,
    finding: AuditFinding | None = None,
    recommendation: Recommendation | None = None,
    recommendation_text: str = "",
    plan_owner: Person | None = None,
    agreed_on: date | None = None,
) -> Action:
    """Raise an action from an audit into the audit's action plan.

    The plan is created the first time (owned by ``plan_owner``, else the
    audit's lead). The action goes under ``recommendation`` if given; else
    under the recommendation its ``finding`` became (made from the finding the
    first time, worded ``recommendation_text`` or the finding's title); else
    under a new recommendation worded ``recommendation_text``. ``agreed_on``
    (default today) is when the action was agreed, as the actions app counts it.
    """
    if not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)
    audit = Audit.objects.select_for_update().get(pk=audit.pk)
    plan = _audit_plan(audit, plan_owner)
    made = _recommendation_for(
        audit=audit,
        plan=plan,
        finding=finding,
        recommendation=recommendation,
        recommendation_text=recommendation_text,
    )
    return actions.action_add(
        user=None,
        recommendation=made,
        text=text,
        owner_agency=owner_agency,
        due_date=due_date,
        lead_person=lead_person,
        agreed_on=agreed_on,
    )


# --- Policies -----------------------------------------------------------------------------

POLICY_FIELDS = ("title", "kind", "summary", "owner_agency", "owner", "priority")


def check_policy_owner(*, owner_agency: Agency, owner: Person | None) -> None:
    """The owner, if named, works for the owning agency."""
    if owner is not None and owner.agency_id != owner_agency.pk:
        raise ValidationError(
            {
                "owner": OWNER_NOT_IN_AGENCY.format(
                    person=owner, their_agency=owner.agency, agency=owner_agency
                )
            }
        )


def _check_owner(record: Policy) -> None:
    check_policy_owner(owner_agency=record.owner_agency, owner=record.owner)


@transaction.atomic
def policy_create(
    *,
    partnership: Partnership,
    title: str,
    kind: str,
    owner_agency: Agency,
    owner: Person | None = None,
    summary: str = "",
    priority=None,
) -> Policy:
    """A policy, procedure or guidance document; its versions are added after."""
    record = Policy(
        partnership=partnership,
        title=title,
        kind=kind,
        owner_agency=owner_agency,
        owner=owner,
        summary=summary,
        priority=priority,
    )
    _check_owner(record)
    return _save(record)


@transaction.atomic
def policy_update(*, policy: Policy, **fields) -> Policy:
    _set_fields(policy, fields, POLICY_FIELDS)
    _check_owner(policy)
    return _save(policy)


VERSION_FIELDS = (
    "number",
    "status",
    "approved_on",
    "approved_by",
    "next_review_on",
    "link",
    "changes",
)
# What may change once a version is approved: a review can move the next
# review date without a new version, and the published link can move.
APPROVED_CHANGEABLE = frozenset({"status", "next_review_on", "link"})


def _supersede_others(version: PolicyVersion) -> None:
    """The version being approved replaces the one in force (before it is saved)."""
    for other in PolicyVersion.objects.select_for_update().filter(
        policy_id=version.policy_id, status=PolicyVersion.Status.APPROVED
    ):
        if other.pk != version.pk:
            other.status = PolicyVersion.Status.SUPERSEDED
            _save(other)


def _attach(version: PolicyVersion, upload) -> str | None:
    """Store an uploaded document on the version; its stored name, to discard on failure."""
    if upload is None:
        return None
    try:
        stored = files.file_store(upload)
    except files.PolicyFileError as error:
        raise ValidationError({"upload": str(error)}) from error
    version.file_name = stored.file_name
    version.stored_name = stored.stored_name
    version.content_type = stored.content_type
    version.size = stored.size
    version.sha256 = stored.sha256
    return stored.stored_name


def _save_version(version: PolicyVersion, upload) -> PolicyVersion:
    stored_name = _attach(version, upload)
    try:
        if version.status == PolicyVersion.Status.APPROVED:
            _supersede_others(version)
        return _save(version)
    except BaseException:
        files.file_discard(stored_name)
        raise


@transaction.atomic
def version_add(
    *,
    policy: Policy,
    number: str,
    status: str = PolicyVersion.Status.DRAFT,
    approved_on: date | None = None,
    approved_by: str = "",
    next_review_on: date | None = None,
    link: str = "",
    changes: str = "",
    upload=None,
) -> PolicyVersion:
    """A new version of a policy; approved, it supersedes the version in force."""
    record = PolicyVersion(
        policy=policy,
        number=number,
        status=status,
        approved_on=approved_on,
        approved_by=approved_by,
        next_review_on=next_review_on,
        link=link,
        changes=changes,
    )
    return _save_version(record, upload)


def check_version_change(*, version: PolicyVersion, fields: dict, upload=None) -> None:
    """Superseded versions are kept as they were; an approved one changes only its
    next review date and link, or becomes superseded; neither takes a new document."""
    # As stored: a form's instance may already hold the values being checked.
    current = PolicyVersion.objects.filter(pk=version.pk).first()
    if current is None:
        return
    status, label = current.status, current.number
    if status == PolicyVersion.Status.SUPERSEDED:
        raise ValidationError(VERSION_SUPERSEDED.format(version=label))
    if status != PolicyVersion.Status.APPROVED:
        return
    changed = {name for name, value in fields.items() if getattr(current, name, object()) != value}
    if changed - APPROVED_CHANGEABLE:
        raise ValidationError(APPROVED_CHANGE.format(version=label))
    new_status = fields.get("status", status)
    if new_status not in PolicyVersion.APPROVED_STATUSES:
        raise ValidationError(
            {
                "status": BACKWARDS_STATUS.format(
                    status=PolicyVersion.Status(new_status).label.lower()
                )
            }
        )
    if upload is not None:
        raise ValidationError({"upload": NO_FILE_CHANGE.format(version=label, status="approved")})


@transaction.atomic
def version_update(*, version: PolicyVersion, upload=None, **fields) -> PolicyVersion:
    """Change a version. Superseded versions are kept as they were; approved ones
    change only their next review date and link (or become superseded)."""
    version = PolicyVersion.objects.select_for_update().get(pk=version.pk)
    check_version_change(version=version, fields=fields, upload=upload)
    _set_fields(version, fields, VERSION_FIELDS)
    return _save_version(version, upload)

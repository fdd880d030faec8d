"""The shared record pages for audits and policies (``safeboard.records``).

- Programmes, audits, standards, findings, policies and versions: the
  business unit adds and changes them; everyone who may read them reads them.
- Section 11 grades: the business unit, or an agency's own lead for their
  own agency while the round is not complete (``policy.can_grade_for``).
- Superseded policy versions are kept as they were: no edit page.
"""

from __future__ import annotations

from safeboard.assurance import policy, presenters, selectors, services
from safeboard.assurance.forms import (
    AuditForm,
    FindingForm,
    GradeForm,
    PolicyForm,
    ProgrammeForm,
    StandardForm,
    VersionForm,
)
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
    Section11Standard,
)
from safeboard.dataset.periods import year_label
from safeboard.partnership.selectors import partnership_get
from safeboard.records.types import Column, RecordType

AREA_LABEL = "Audits and policies"
AUDITS_AREA = "audits"
POLICIES_AREA = "policies"


def _fields(form, names) -> dict:
    return {name: form.cleaned_data[name] for name in names if name in form.cleaned_data}


# --- Programmes ---------------------------------------------------------------------------


def _programme_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.programme_create(
            partnership=partnership_get(user=user),
            year=data["year"],
            title=data["title"],
            approved_on=data["approved_on"],
            notes=data["notes"],
        )
    return services.programme_update(programme=instance, **_fields(form, services.PROGRAMME_FIELDS))


PROGRAMMES = RecordType(
    namespace="assurance",
    slug="programme",
    model=AuditProgramme,
    form=ProgrammeForm,
    title="Audit programmes",
    intro="The board's audit programme for each year: what it will audit, and how far it has got.",
    columns=(
        Column("Programme", lambda p: str(p)),
        Column("Year", lambda p: year_label(p.year)),
        Column("Agreed by the board", "approved_on"),
    ),
    queryset=lambda user: selectors.programme_list(user=user),
    save=_programme_save,
    summary=presenters.programme_summary,
    sections=presenters.programme_sections,
    area_label=AREA_LABEL,
    export_area=AUDITS_AREA,
)


# --- Audits -------------------------------------------------------------------------------

AUDIT_FORM_FIELDS = (
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


def _audit_save(*, form, user, instance):
    fields = _fields(form, AUDIT_FORM_FIELDS)
    agencies = list(form.cleaned_data.get("agencies") or [])
    if instance is None:
        return services.audit_create(agencies=agencies, **fields)
    return services.audit_update(audit=instance, agencies=agencies, **fields)


AUDITS = RecordType(
    namespace="assurance",
    slug="audit",
    model=Audit,
    form=AuditForm,
    title="Audits",
    intro=(
        "Multi-agency and single-agency audits and the section 11 rounds: their scope, the "
        "agencies taking part, what they found and the actions they raised."
    ),
    columns=(
        Column("Audit", "title"),
        Column("Kind", "kind"),
        Column("Agencies", presenters.agencies_text),
        Column("Planned completion", "planned_completion"),
        Column("Status", lambda a: presenters.audit_status_tag(a, today=presenters.today())),
    ),
    queryset=lambda user: selectors.audit_list(user=user),
    save=_audit_save,
    summary=presenters.audit_summary,
    sections=presenters.audit_sections,
    year_filter=lambda rows, year: rows.filter(programme__year=year),
    area_label=AREA_LABEL,
    export_area=AUDITS_AREA,
)


# --- Section 11 standards and grades ------------------------------------------------------


def _standard_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.standard_add(
            audit=data["audit"],
            number=data["number"],
            title=data["title"],
            description=data["description"],
        )
    return services.standard_update(
        standard=instance, **_fields(form, ("number", "title", "description"))
    )


STANDARDS = RecordType(
    namespace="assurance",
    slug="standard",
    model=Section11Standard,
    form=StandardForm,
    title="Section 11 standards",
    intro="The standards of each section 11 round, against which the agencies grade themselves.",
    columns=(
        Column("Standard", lambda s: f"{s.number}. {s.title}"),
        Column("Audit", "audit.title"),
    ),
    queryset=lambda user: selectors.standard_list_all(user=user),
    save=_standard_save,
    summary=presenters.standard_summary,
    area_label=AREA_LABEL,
)


def _grade_save(*, form, user, instance):
    data = form.cleaned_data
    return services.grade_record(
        user=user,
        standard=instance.standard if instance is not None else data["standard"],
        agency=instance.agency if instance is not None else data["agency"],
        grade=data["grade"],
        evidence=data["evidence"],
    )


def _can_create_grade(user) -> bool:
    return policy.is_business_unit(user) or policy.is_agency_lead_of(
        user, policy.user_agency_id(user)
    )


GRADES = RecordType(
    namespace="assurance",
    slug="grade",
    model=Section11Grade,
    form=GradeForm,
    title="Section 11 self-grades",
    intro="Each agency's self-grade against each standard of the section 11 rounds you can see.",
    columns=(
        Column("Agency", "agency.name"),
        Column("Standard", lambda g: f"{g.standard.number}. {g.standard.title}"),
        Column("Audit", "standard.audit.title"),
        Column("Self-grade", "grade"),
    ),
    queryset=lambda user: selectors.grade_list(user=user),
    can_create=_can_create_grade,
    can_edit=lambda user, grade=None: (
        grade is not None and policy.can_grade_for(user, grade.standard.audit, grade.agency_id)
    ),
    save=_grade_save,
    summary=presenters.grade_summary,
    area_label=AREA_LABEL,
)


# --- Findings -----------------------------------------------------------------------------


def _finding_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.finding_add(
            audit=data["audit"],
            number=data["number"],
            title=data["title"],
            detail=data["detail"],
            grade=data["grade"],
            agency=data["agency"],
        )
    return services.finding_update(
        finding=instance, **_fields(form, ("number", "title", "detail", "grade", "agency"))
    )


FINDINGS = RecordType(
    namespace="assurance",
    slug="finding",
    model=AuditFinding,
    form=FindingForm,
    title="Audit findings",
    intro="What the audits found, each graded as Ofsted grades practice where it was graded.",
    columns=(
        Column("Finding", lambda f: f"{f.number}. {f.title}"),
        Column("Audit", "audit.title"),
        Column("Grade", presenters.finding_tag),
    ),
    queryset=lambda user: selectors.finding_list(user=user),
    save=_finding_save,
    summary=presenters.finding_summary,
    sections=presenters.finding_sections,
    year_filter=lambda rows, year: rows.filter(audit__programme__year=year),
    area_label=AREA_LABEL,
    export_area=AUDITS_AREA,
)


# --- Policies -----------------------------------------------------------------------------

POLICY_FORM_FIELDS = ("title", "kind", "summary", "owner_agency", "owner", "priority")


def _policy_save(*, form, user, instance):
    fields = _fields(form, POLICY_FORM_FIELDS)
    if instance is None:
        return services.policy_create(partnership=partnership_get(user=user), **fields)
    return services.policy_update(policy=instance, **fields)


POLICIES = RecordType(
    namespace="assurance",
    slug="policy",
    model=Policy,
    form=PolicyForm,
    title="Policies and procedures",
    intro=(
        "The board's policies, procedures and guidance, including the threshold document and "
        "the procedures manual: who owns each, the version in force and when it is next reviewed."
    ),
    columns=(
        Column("Policy", "title"),
        Column("Kind", "kind"),
        Column("Owning agency", "owner_agency.name"),
        Column("Version in force", lambda p: p.current_version.number if p.current_version else ""),
        Column("Status", presenters.policy_status),
        Column("Next review", lambda p: presenters.review_cell(p, today=presenters.today())),
    ),
    queryset=lambda user: selectors.policy_list(user=user),
    save=_policy_save,
    summary=presenters.policy_summary,
    sections=presenters.policy_sections,
    area_label=AREA_LABEL,
    export_area=POLICIES_AREA,
)


def _version_save(*, form, user, instance):
    data = form.cleaned_data
    upload = data.get("upload") or None
    if instance is None:
        return services.version_add(
            policy=data["policy"],
            **_fields(form, services.VERSION_FIELDS),
            upload=upload,
        )
    changed = {
        name: data[name]
        for name in services.VERSION_FIELDS
        if name in data and not form.fields[name].disabled
    }
    return services.version_update(version=instance, upload=upload, **changed)


VERSIONS = RecordType(
    namespace="assurance",
    slug="version",
    model=PolicyVersion,
    form=VersionForm,
    title="Policy versions",
    intro="Every version of every policy: drafts, consultations, the versions in force and those "
    "they superseded.",
    columns=(
        Column("Version", lambda v: f"{v.policy.title} v{v.number}"),
        Column("Status", presenters.version_tag),
        Column("Approved", "approved_on"),
        Column("Next review", "next_review_on"),
    ),
    queryset=lambda user: selectors.version_list_all(user=user),
    can_edit=lambda user, version=None: (
        policy.can_manage(user)
        and (version is None or version.status != PolicyVersion.Status.SUPERSEDED)
    ),
    save=_version_save,
    summary=presenters.version_summary,
    area_label=AREA_LABEL,
)

RECORD_TYPES = (PROGRAMMES, AUDITS, STANDARDS, GRADES, FINDINGS, POLICIES, VERSIONS)

"""Reading audits and policies, always through ``visible_to``.

The programme and the policies are open to every signed-in user. Audits are
agency-scoped: an agency lead reads the audits their agency takes part in,
their findings and standards, and only their own agency's section 11 grades.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from safeboard.access.visibility import user_agency_id, visible_to
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


def programme_list(*, user) -> QuerySet[AuditProgramme]:
    return visible_to(user, AuditProgramme)


def programme_get(*, user, pk: int) -> AuditProgramme:
    return programme_list(user=user).get(pk=pk)


def programme_for_year(*, user, year: int) -> AuditProgramme | None:
    return programme_list(user=user).filter(year=year).first()


def audit_list(*, user, year: int | None = None) -> QuerySet[Audit]:
    """The audits the user may see (of one programme year, if given)."""
    audits = visible_to(user, Audit)
    if year is not None:
        audits = audits.filter(programme__year=year)
    # The filter on the agencies taking part is a join: list each audit once.
    return (
        audits.distinct()
        .select_related("programme", "lead", "priority", "action_plan")
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=AuditAgency.objects.select_related("agency"),
            )
        )
    )


def audit_get(*, user, pk: int) -> Audit:
    return audit_list(user=user).get(pk=pk)


def audit_agencies(audit: Audit) -> list:
    """The agencies taking part, by name (uses the prefetched participants)."""
    return sorted((row.agency for row in audit.participants.all()), key=lambda a: a.name)


def standard_list(*, user, audit: Audit) -> QuerySet[Section11Standard]:
    return visible_to(user, Section11Standard).filter(audit=audit).distinct().order_by("number")


def standard_list_all(*, user) -> QuerySet[Section11Standard]:
    """Every standard the user may see, by audit then number."""
    return (
        visible_to(user, Section11Standard)
        .distinct()
        .select_related("audit")
        .order_by("audit__planned_completion", "audit__title", "number")
    )


def grade_list(*, user, audit: Audit | None = None, year: int | None = None):
    """Section 11 self-grades the user may see, of one audit or one programme year."""
    grades = visible_to(user, Section11Grade).select_related(
        "standard", "standard__audit", "agency"
    )
    if audit is not None:
        grades = grades.filter(standard__audit=audit)
    if year is not None:
        grades = grades.filter(standard__audit__programme__year=year)
    return grades


def finding_list(*, user, audit: Audit | None = None, year: int | None = None):
    """Findings the user may see, of one audit or one programme year."""
    findings = visible_to(user, AuditFinding).distinct().select_related("audit", "agency")
    if audit is not None:
        findings = findings.filter(audit=audit)
    if year is not None:
        findings = findings.filter(audit__programme__year=year)
    return findings.order_by("audit__planned_completion", "audit__title", "number")


def audit_actions(*, user, audit: Audit):
    """The actions raised from the audit into its plan that the user may see."""
    from safeboard.actions.models import Action

    return (
        visible_to(user, Action)
        .filter(recommendation__plan__audits=audit)
        .select_related("recommendation", "owner_agency", "lead_person")
    )


def policy_list(*, user) -> QuerySet[Policy]:
    """Policies with their versions prefetched (the version in force is one of them)."""
    return (
        visible_to(user, Policy)
        .select_related("owner_agency", "owner", "priority")
        .prefetch_related(Prefetch("versions", queryset=PolicyVersion.objects.order_by("-pk")))
    )


def policy_get(*, user, pk: int) -> Policy:
    return policy_list(user=user).get(pk=pk)


def version_list(*, user, policy: Policy) -> QuerySet[PolicyVersion]:
    return visible_to(user, PolicyVersion).filter(policy=policy).order_by("-created_at", "-pk")


def version_list_all(*, user) -> QuerySet[PolicyVersion]:
    return (
        visible_to(user, PolicyVersion)
        .select_related("policy")
        .order_by("policy__title", "-created_at", "-pk")
    )


def version_get(*, user, pk: int) -> PolicyVersion:
    return visible_to(user, PolicyVersion).select_related("policy").get(pk=pk)


def policies_owned_by_agency(*, user, agency_id: int | None = None) -> QuerySet[Policy]:
    """Policies owned by an agency (the user's own, by default)."""
    agency_id = agency_id if agency_id is not None else user_agency_id(user)
    if agency_id is None:
        return Policy.objects.none()
    return policy_list(user=user).filter(owner_agency_id=agency_id)

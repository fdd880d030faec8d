"""URL matrix rows for audits and policies (see tests/test_url_matrix.py).

The matrix's users all belong to the Testshire Police. Its records: the
2017/18 programme with a section 11 round of the County Council and Health
(not the Police), one standard, Health's self-grade and a finding; and a
policy with an approved version that has a document and a draft version. So
the audit's pages prove own-agency scoping (the Police's own-agency roles get
404), while the programme and the policies are every signed-in user's.
"""

from __future__ import annotations

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.assurance import services
from safeboard.assurance.models import (
    Audit,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
)
from safeboard.partnership.models import Partnership
from tests.factories import agency
from tests.matrix_sets import ALL_AGENCIES, BUSINESS_UNIT, EVERY_ROLE, SIGNED_IN

GRADERS = frozenset({Role.BUSINESS_UNIT, Role.AGENCY_LEAD})
PDF = b"%PDF-1.4\n%%EOF\n"

MATRIX = {
    "assurance:index": SIGNED_IN,
    "assurance:section-11": EVERY_ROLE,
    "assurance:reviews": SIGNED_IN,
    "assurance:audit-raise-action": BUSINESS_UNIT,
    "assurance:version-download": SIGNED_IN,
    "assurance:programme-list": SIGNED_IN,
    "assurance:programme-detail": SIGNED_IN,
    "assurance:programme-history": SIGNED_IN,
    "assurance:programme-create": BUSINESS_UNIT,
    "assurance:programme-edit": BUSINESS_UNIT,
    # Audits: every role opens the area; the round of the council and health is not
    # the Police's, so own-agency roles get 404 on its pages.
    "assurance:audit-list": EVERY_ROLE,
    "assurance:audit-detail": ALL_AGENCIES,
    "assurance:audit-history": ALL_AGENCIES,
    "assurance:audit-create": BUSINESS_UNIT,
    "assurance:audit-edit": BUSINESS_UNIT,
    "assurance:standard-list": EVERY_ROLE,
    "assurance:standard-detail": ALL_AGENCIES,
    "assurance:standard-history": ALL_AGENCIES,
    "assurance:standard-create": BUSINESS_UNIT,
    "assurance:standard-edit": BUSINESS_UNIT,
    # Health's self-grade: the Police's roles must not see it; an agency lead may
    # record their own agency's grades (the form), the business unit any.
    "assurance:grade-list": EVERY_ROLE,
    "assurance:grade-detail": ALL_AGENCIES,
    "assurance:grade-history": ALL_AGENCIES,
    "assurance:grade-create": GRADERS,
    "assurance:grade-edit": BUSINESS_UNIT,
    "assurance:finding-list": EVERY_ROLE,
    "assurance:finding-detail": ALL_AGENCIES,
    "assurance:finding-history": ALL_AGENCIES,
    "assurance:finding-create": BUSINESS_UNIT,
    "assurance:finding-edit": BUSINESS_UNIT,
    # Policies are the partnership's, read by every signed-in user.
    "assurance:policy-list": SIGNED_IN,
    "assurance:policy-detail": SIGNED_IN,
    "assurance:policy-history": SIGNED_IN,
    "assurance:policy-create": BUSINESS_UNIT,
    "assurance:policy-edit": BUSINESS_UNIT,
    "assurance:version-list": SIGNED_IN,
    "assurance:version-detail": SIGNED_IN,
    "assurance:version-history": SIGNED_IN,
    "assurance:version-create": BUSINESS_UNIT,
    "assurance:version-edit": BUSINESS_UNIT,
}
# POST only: tested in tests/assurance/test_views.py.
SPECIAL = {"assurance:audit-usual-standards"}


def records() -> dict:
    """The matrix's records, made once per test database."""
    existing = Audit.objects.filter(title="Matrix section 11").first()
    if existing is not None:
        return {
            "audit": existing,
            "policy": Policy.objects.get(title="Matrix policy"),
        }
    partnership = Partnership.objects.get()
    programme = AuditProgramme.objects.filter(year=2018).first() or services.programme_create(
        partnership=partnership, year=2018
    )
    audit = services.audit_create(
        programme=programme,
        title="Matrix section 11",
        kind=Audit.Kind.SECTION_11,
        scope="The council and health.",
        planned_completion=date(2018, 3, 31),
        status=Audit.Status.IN_PROGRESS,
        agencies=[agency("Testshire County Council"), agency("Testshire Health")],
    )
    standard = services.standard_add(audit=audit, title="Training")
    # Written directly: the anonymous rows have no business unit user to record it.
    grade = Section11Grade(standard=standard, agency=agency("Testshire Health"), grade="met")
    grade.full_clean()
    grade.save()
    services.finding_add(audit=audit, title="Supervision recorded", grade="good")
    policy = services.policy_create(
        partnership=partnership,
        title="Matrix policy",
        kind=Policy.Kind.POLICY,
        owner_agency=agency("Testshire County Council"),
    )
    services.version_add(
        policy=policy,
        number="1.0",
        status=PolicyVersion.Status.APPROVED,
        approved_on=date(2017, 4, 1),
        approved_by="The board",
        next_review_on=date(2019, 4, 1),
        upload=SimpleUploadedFile("policy.pdf", PDF),
    )
    services.version_add(policy=policy, number="2.0")
    return {"audit": audit, "policy": policy}


def url(name: str) -> str:
    made = records()
    audit, policy = made["audit"], made["policy"]
    page = name.split(":", 1)[1]
    kind, _, action = page.partition("-")
    if page in {"index", "section-11", "reviews"} or action in {"list", "create"}:
        return reverse(name)
    target = {
        "programme": audit.programme,
        "audit": audit,
        "standard": audit.standards.first(),
        "grade": audit.standards.first().grades.first(),
        "finding": audit.findings.first(),
        "policy": policy,
        # The approved version has the document; the draft is the one to edit.
        "version": policy.versions.get(number="2.0" if action == "edit" else "1.0"),
    }[kind]
    return reverse(name, args=[target.pk])

"""URL matrix rows for the action plan pages.

Every record the URLs point at belongs to Testshire Health: the matrix's own-agency
roles (police) must get 403 or 404 on it. The own agency's side is tested in
test_pages.py.
"""

from __future__ import annotations

from datetime import date

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.actions import services
from safeboard.actions.models import Action, ActionEvidence, ActionPlan
from safeboard.partnership.models import Person
from tests.factories import agency
from tests.matrix_sets import ALL_AGENCIES, BUSINESS_UNIT, EVERY_ROLE

MATRIX = {
    "actions:index": EVERY_ROLE,
    "actions:plan-list": EVERY_ROLE,
    "actions:plan-detail": ALL_AGENCIES,
    "actions:plan-history": ALL_AGENCIES,
    "actions:plan-create": BUSINESS_UNIT,
    "actions:plan-edit": BUSINESS_UNIT,
    "actions:recommendation-list": EVERY_ROLE,
    "actions:recommendation-detail": ALL_AGENCIES,
    "actions:recommendation-history": ALL_AGENCIES,
    "actions:recommendation-create": BUSINESS_UNIT,
    "actions:recommendation-edit": BUSINESS_UNIT,
    "actions:action-list": EVERY_ROLE,
    "actions:action-detail": ALL_AGENCIES,
    "actions:action-history": ALL_AGENCIES,
    "actions:action-create": BUSINESS_UNIT,
    "actions:action-edit": BUSINESS_UNIT,
    # The health agency's action: only the business unit (or health's own lead) adds to it.
    "actions:update-add": BUSINESS_UNIT,
    "actions:evidence-add": BUSINESS_UNIT,
    "actions:evidence-download": ALL_AGENCIES,
}


def health_action() -> Action:
    """An action of a plan that holds Testshire Health's actions only."""
    found = Action.objects.filter(owner_agency__name="Testshire Health").first()
    if found is not None:
        return found
    health = agency("Testshire Health")
    owner = Person.objects.create(agency=health, full_name="Pat Other")
    plan = services.plan_create(
        user=None,
        title="Health audit plan",
        source_kind=ActionPlan.SourceKind.AUDIT,
        source_title="Single-agency audit",
        source_date=date(2018, 1, 15),
        owner=owner,
    )
    recommendation = services.recommendation_add(user=None, plan=plan, text="Audit again.")
    return services.action_add(
        user=None,
        recommendation=recommendation,
        text="Repeat the audit.",
        owner_agency=health,
        due_date=date(2018, 9, 30),
    )


def health_evidence() -> ActionEvidence:
    action = health_action()
    return action.evidence.first() or services.evidence_add(
        user=None,
        action=action,
        text="The audit report.",
        upload=SimpleUploadedFile("audit.pdf", b"%PDF-1.4\n%%EOF\n"),
    )


def url(name: str) -> str:
    page = name.rsplit("-", 1)[-1] if "-" in name else ""
    if name == "actions:evidence-download":
        return reverse(name, args=[health_evidence().pk])
    if name in {"actions:update-add", "actions:evidence-add"}:
        return reverse(name, args=[health_action().pk])
    if page in {"detail", "edit", "history"}:
        action = health_action()
        record = {
            "plan": action.recommendation.plan,
            "recommendation": action.recommendation,
            "action": action,
        }[name.split(":")[1].rsplit("-", 1)[0]]
        return reverse(name, args=[record.pk])
    return reverse(name)

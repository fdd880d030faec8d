"""Writing action plans: keyword-only, checked, atomic.

Other apps create plans from their own records with these three (the child
death overview panel, case reviews, audits)::

    plan = plan_create(
        user=user,                      # checked: the business unit; None skips the check
        title="SCR Child A: action plan",
        source_kind=ActionPlan.SourceKind.CASE_REVIEW,
        source_title="Serious case review: Child A",
        source_reference="SCR 2018/01",
        source_date=date(2018, 3, 1),
        owner=person,                   # a partnership.Person
        strategic_priority=None,        # or a partnership.StrategicPriority
    )
    recommendation = recommendation_add(user=user, plan=plan, text="...")  # numbered 1, 2...
    action_add(
        user=user,
        recommendation=recommendation,
        text="...",
        owner_agency=agency,
        due_date=date(2018, 9, 30),
        lead_person=None,               # or a Person of the owner agency
    )

``user`` is the person acting; each service refuses with ``PermissionDenied``
unless ``policy`` lets them. Pass ``user=None`` only from code that has
already decided the caller may do it (another app's service that checked its
own policy, the demo, a command). Bad values raise ``ValidationError`` naming
the field; every message is a named constant below.

Every status change goes through ``update_add``: it is dated and explained,
and the update is what keeps an action from counting as stalled.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from safeboard.actions import evidence as files
from safeboard.actions import policy
from safeboard.actions.models import (
    Action,
    ActionEvidence,
    ActionPlan,
    ActionUpdate,
    Recommendation,
)

NOT_MANAGER = (
    "Only the business unit can create or change action plans, recommendations and actions."
)
NOT_OWN_AGENCY = (
    "Only the business unit or a lead of {agency} can update this action or add evidence to it."
)
LEAD_NOT_IN_AGENCY = "{person} is not in {agency}: choose a lead person from the owner agency."
COMPLETED_BEFORE_AGREED = "The completed date cannot be before the action was agreed ({agreed})."
COMPLETED_IN_FUTURE = "The completed date cannot be in the future."
UPDATE_IN_FUTURE = "The date of an update cannot be in the future."
UPDATE_TEXT_REQUIRED = "Say what has happened since the last update."
EVIDENCE_TEXT_REQUIRED = "Say what the evidence shows."
UNKNOWN_STATUS = "'{status}' is not a status of an action."
UNKNOWN_FIELD = "'{field}' cannot be changed here."

PLAN_FIELDS = (
    "title",
    "source_kind",
    "source_title",
    "source_reference",
    "source_outcome",
    "source_date",
    "owner",
    "strategic_priority",
)
ACTION_FIELDS = ("text", "owner_agency", "lead_person", "due_date", "agreed_on")


def _require_manager(user) -> None:
    if user is not None and not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)


def _require_worker(user, action: Action) -> None:
    if user is not None and not policy.can_work_on(user, action.owner_agency_id):
        raise PermissionDenied(NOT_OWN_AGENCY.format(agency=action.owner_agency.name))


def _check_lead(action: Action) -> None:
    if action.lead_person_id and action.lead_person.agency_id != action.owner_agency_id:
        raise ValidationError(
            {
                "lead_person": LEAD_NOT_IN_AGENCY.format(
                    person=action.lead_person.full_name, agency=action.owner_agency.name
                )
            }
        )


def _set_fields(instance, allowed: tuple[str, ...], fields: dict) -> None:
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(UNKNOWN_FIELD.format(field=name))
        setattr(instance, name, value)


def _locked(model, pk):
    """The row as it is now, locked until the transaction ends (PostgreSQL)."""
    return model.objects.select_for_update().get(pk=pk)


# --- plans ---------------------------------------------------------------------------------


@transaction.atomic
def plan_create(
    *,
    user,
    title: str,
    source_kind: str,
    source_title: str,
    source_date: date,
    owner,
    source_reference: str = "",
    source_outcome: str = "",
    strategic_priority=None,
) -> ActionPlan:
    """A new action plan answering a source (an inspection, a review, an audit...)."""
    _require_manager(user)
    plan = ActionPlan(
        title=title,
        source_kind=source_kind,
        source_title=source_title,
        source_reference=source_reference,
        source_outcome=source_outcome,
        source_date=source_date,
        owner=owner,
        strategic_priority=strategic_priority,
    )
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def plan_update(*, user, plan: ActionPlan, **fields) -> ActionPlan:
    """Change the plan's own fields (``PLAN_FIELDS``)."""
    _require_manager(user)
    plan = _locked(ActionPlan, plan.pk)
    _set_fields(plan, PLAN_FIELDS, fields)
    plan.full_clean()
    plan.save()
    return plan


# --- recommendations -----------------------------------------------------------------------


@transaction.atomic
def recommendation_add(
    *, user, plan: ActionPlan, text: str, number: int | None = None
) -> Recommendation:
    """Add a recommendation to the plan, numbered next unless ``number`` is given."""
    _require_manager(user)
    _locked(ActionPlan, plan.pk)  # two people adding at once get different numbers
    if number is None:
        number = (plan.recommendations.aggregate(n=Max("number"))["n"] or 0) + 1
    recommendation = Recommendation(plan=plan, number=number, text=text)
    recommendation.full_clean()
    recommendation.save()
    return recommendation


@transaction.atomic
def recommendation_update(
    *, user, recommendation: Recommendation, text: str | None = None, number: int | None = None
) -> Recommendation:
    _require_manager(user)
    recommendation = _locked(Recommendation, recommendation.pk)
    if text is not None:
        recommendation.text = text
    if number is not None:
        recommendation.number = number
    recommendation.full_clean()
    recommendation.save()
    return recommendation


# --- actions -------------------------------------------------------------------------------


@transaction.atomic
def action_add(
    *,
    user,
    recommendation: Recommendation,
    text: str,
    owner_agency,
    due_date: date,
    lead_person=None,
    agreed_on: date | None = None,
    number: int | None = None,
) -> Action:
    """Add an action under a recommendation, not started, numbered next unless given.

    ``agreed_on`` (default today) is its first activity: it counts as stalled
    once that long passes with no update.
    """
    _require_manager(user)
    _locked(Recommendation, recommendation.pk)
    if number is None:
        number = (recommendation.actions.aggregate(n=Max("number"))["n"] or 0) + 1
    action = Action(
        recommendation=recommendation,
        number=number,
        text=text,
        owner_agency=owner_agency,
        lead_person=lead_person,
        due_date=due_date,
        agreed_on=agreed_on or timezone.localdate(),
    )
    action.full_clean()
    _check_lead(action)
    action.save()
    return action


@transaction.atomic
def action_update(*, user, action: Action, **fields) -> Action:
    """Change what the action is, who owns it and when it is due (``ACTION_FIELDS``).

    Not its status: that changes with a dated update (``update_add``).
    """
    _require_manager(user)
    action = _locked(Action, action.pk)
    _set_fields(action, ACTION_FIELDS, fields)
    action.full_clean()
    _check_lead(action)
    action.save()
    return action


# --- updates and evidence ------------------------------------------------------------------


@transaction.atomic
def update_add(
    *,
    user,
    action: Action,
    text: str,
    update_date: date | None = None,
    status: str | None = None,
    completed_date: date | None = None,
) -> ActionUpdate:
    """Add a dated update to the action, changing its status if ``status`` differs.

    Moving to complete sets the completed date (``completed_date``, default
    the update's date); moving away from complete clears it.
    """
    action = _locked(Action, action.pk)
    _require_worker(user, action)
    today = timezone.localdate()
    update_date = update_date or today
    text = (text or "").strip()
    errors = {}
    if not text:
        errors["text"] = UPDATE_TEXT_REQUIRED
    if update_date > today:
        errors["update_date"] = UPDATE_IN_FUTURE
    if status is not None and status not in Action.Status.values:
        errors["status"] = UNKNOWN_STATUS.format(status=status)
    if errors:
        raise ValidationError(errors)
    status_from = action.status
    status_to = status if status is not None and status != action.status else ""
    if status_to == Action.Status.COMPLETE:
        completed_date = completed_date or update_date
        if completed_date > today:
            raise ValidationError({"completed_date": COMPLETED_IN_FUTURE})
        if completed_date < action.agreed_on:
            raise ValidationError(
                {
                    "completed_date": COMPLETED_BEFORE_AGREED.format(
                        agreed=f"{action.agreed_on.day} {action.agreed_on:%B %Y}"
                    )
                }
            )
        action.completed_date = completed_date
    elif status_to:
        action.completed_date = None
    update = ActionUpdate(
        action=action,
        written_by=user,
        update_date=update_date,
        text=text,
        status_from=status_from if status_to else "",
        status_to=status_to,
    )
    update.full_clean()
    update.save()
    if status_to:
        action.status = status_to
        action.full_clean()
        action.save()
    return update


@transaction.atomic
def evidence_add(*, user, action: Action, text: str, upload=None) -> ActionEvidence:
    """Add evidence to the action: what it shows, and a file if ``upload`` is given.

    The file is checked (``evidence.file_store``: type by extension and by
    content, size) before anything is saved; if saving the record fails, the
    stored file is removed again. (A rollback later, in a caller's own
    transaction, leaves an unnamed file in ``evidence/`` that nothing serves.)
    """
    _require_worker(user, action)
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": EVIDENCE_TEXT_REQUIRED})
    stored = None
    if upload is not None:
        try:
            stored = files.file_store(upload)
        except files.EvidenceFileError as error:
            raise ValidationError({"upload": str(error)}) from error
    item = ActionEvidence(action=action, added_by=user, text=text)
    if stored is not None:
        item.file_name = stored.file_name
        item.stored_name = stored.stored_name
        item.content_type = stored.content_type
        item.size = stored.size
        item.sha256 = stored.sha256
    try:
        item.full_clean()
        item.save()
    except BaseException:
        if stored is not None:
            files.file_discard(stored.stored_name)
        raise
    return item

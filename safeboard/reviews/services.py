"""Writing serious incidents and practice reviews: keyword-only, checked, atomic.

Every function takes ``user`` (the person acting) and refuses with
``PermissionDenied`` unless ``policy.can_manage`` lets them; ``user=None``
is for code that has already decided (the demo). Bad values raise
``ValidationError`` naming the field.

A review's recommendations are raised into its action plan in
``safeboard.actions`` (source "case review"), created with the first
recommendation and owned by the review's ``plan_owner``; actions are added
to them through ``action_raise``, so the board follows them up with every
other plan.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max

from safeboard.actions import services as plans
from safeboard.actions.models import Action, ActionPlan
from safeboard.reviews import policy
from safeboard.reviews.models import (
    Finding,
    PracticeReview,
    RapidReview,
    ReviewRecommendation,
    SeriousIncident,
)

NOT_MANAGER = "Only the business unit can add or change serious incidents and reviews."
NO_PLAN_OWNER = (
    "Choose the action plan owner on {review} first: its recommendations go into "
    "an action plan that person answers for."
)
UNKNOWN_FIELD = "'{field}' cannot be changed here."

INCIDENT_FIELDS = (
    "reference",
    "local_authority",
    "harm",
    "children",
    "looked_after",
    "incident_date",
    "aware_date",
    "notified_date",
    "partners_notified_date",
    "summary",
)
RAPID_REVIEW_FIELDS = (
    "incident",
    "started_date",
    "completed_date",
    "decision",
    "rationale",
    "panel_response_date",
    "panel_response",
)
REVIEW_FIELDS = (
    "reference",
    "kind",
    "rapid_review",
    "commissioned_date",
    "lead_reviewers",
    "terms_of_reference",
    "scope",
    "methodology",
    "status",
    "final_report_date",
    "sent_to_panel_date",
    "published_date",
    "not_published_reason",
    "cost",
    "staff_days",
    "plan_owner",
)
FINDING_FIELDS = ("review", "number", "text", "learning")


def _require_manager(user) -> None:
    if user is not None and not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)


def _set(instance, allowed: tuple[str, ...], fields: dict):
    for name, value in fields.items():
        if name not in allowed:
            raise ValidationError(UNKNOWN_FIELD.format(field=name))
        setattr(instance, name, value)
    return instance


def _saved(instance):
    instance.full_clean()
    instance.save()
    return instance


def _locked(model, pk):
    """The row as it is now, locked until the transaction ends (PostgreSQL)."""
    return model._default_manager.select_for_update().get(pk=pk)


# --- serious incident notifications ---------------------------------------------------------


@transaction.atomic
def incident_create(*, user, **fields) -> SeriousIncident:
    """Record a serious incident: at least its reference, local authority, harm and
    the date the local authority became aware (``INCIDENT_FIELDS``)."""
    _require_manager(user)
    return _saved(_set(SeriousIncident(), INCIDENT_FIELDS, fields))


@transaction.atomic
def incident_update(*, user, incident: SeriousIncident, **fields) -> SeriousIncident:
    _require_manager(user)
    return _saved(_set(_locked(SeriousIncident, incident.pk), INCIDENT_FIELDS, fields))


# --- rapid reviews --------------------------------------------------------------------------


@transaction.atomic
def rapid_review_create(*, user, incident: SeriousIncident, **fields) -> RapidReview:
    """Start the rapid review of a notified incident (one per incident)."""
    _require_manager(user)
    return _saved(_set(RapidReview(), RAPID_REVIEW_FIELDS, {"incident": incident, **fields}))


@transaction.atomic
def rapid_review_update(*, user, rapid_review: RapidReview, **fields) -> RapidReview:
    _require_manager(user)
    return _saved(_set(_locked(RapidReview, rapid_review.pk), RAPID_REVIEW_FIELDS, fields))


# --- practice reviews -----------------------------------------------------------------------


def _plan_fields(review: PracticeReview) -> dict:
    return {
        "title": f"{review.reference}: action plan",
        "source_title": f"{review.get_kind_display()} {review.reference}",
        "source_reference": review.reference,
        "source_date": review.final_report_date or review.commissioned_date,
    }


@transaction.atomic
def review_create(*, user, **fields) -> PracticeReview:
    """Commission a serious case review or local practice review (``REVIEW_FIELDS``)."""
    _require_manager(user)
    return _saved(_set(PracticeReview(), REVIEW_FIELDS, fields))


@transaction.atomic
def review_update(*, user, review: PracticeReview, **fields) -> PracticeReview:
    """Change a review; its action plan, if it has one, follows its reference, dates and owner."""
    _require_manager(user)
    review = _saved(_set(_locked(PracticeReview, review.pk), REVIEW_FIELDS, fields))
    if review.action_plan_id:
        changed = _plan_fields(review)
        if review.plan_owner_id:
            changed["owner"] = review.plan_owner
        plans.plan_update(user=user, plan=review.action_plan, **changed)
    return review


def _plan_for(review: PracticeReview, user) -> ActionPlan:
    """The review's action plan, created with its first recommendation."""
    if review.action_plan_id:
        return review.action_plan
    if review.plan_owner_id is None:
        raise ValidationError(NO_PLAN_OWNER.format(review=review.reference))
    plan = plans.plan_create(
        user=user,
        source_kind=ActionPlan.SourceKind.CASE_REVIEW,
        owner=review.plan_owner,
        **_plan_fields(review),
    )
    review.action_plan = plan
    review.save(update_fields=["action_plan", "updated_at"])
    return plan


def _next_number(rows) -> int:
    return (rows.aggregate(n=Max("number"))["n"] or 0) + 1


# --- findings and recommendations -----------------------------------------------------------


@transaction.atomic
def finding_add(
    *, user, review: PracticeReview, text: str, learning: str = "", number: int | None = None
) -> Finding:
    """Add a key finding to a review, numbered next unless ``number`` is given."""
    _require_manager(user)
    review = _locked(PracticeReview, review.pk)
    return _saved(
        Finding(
            review=review,
            number=number or _next_number(review.findings),
            text=text,
            learning=learning,
        )
    )


@transaction.atomic
def finding_update(*, user, finding: Finding, **fields) -> Finding:
    _require_manager(user)
    return _saved(_set(_locked(Finding, finding.pk), FINDING_FIELDS, fields))


@transaction.atomic
def recommendation_add(
    *, user, review: PracticeReview, text: str, number: int | None = None
) -> ReviewRecommendation:
    """Add a recommendation to a review and raise it into the review's action plan,
    under the same number (the plan is created with the first one)."""
    _require_manager(user)
    review = _locked(PracticeReview, review.pk)
    number = number or _next_number(review.recommendations)
    recommendation = ReviewRecommendation(review=review, number=number, text=text)
    recommendation.full_clean()
    plan = _plan_for(review, user)
    recommendation.plan_recommendation = plans.recommendation_add(
        user=user, plan=plan, text=text, number=number
    )
    return _saved(recommendation)


@transaction.atomic
def recommendation_update(
    *, user, recommendation: ReviewRecommendation, text: str, number: int | None = None
) -> ReviewRecommendation:
    """Change a recommendation's words (and number); its plan's copy changes with it."""
    _require_manager(user)
    recommendation = _locked(ReviewRecommendation, recommendation.pk)
    recommendation.text = text
    if number is not None:
        recommendation.number = number
    _saved(recommendation)
    if recommendation.plan_recommendation_id:
        plans.recommendation_update(
            user=user,
            recommendation=recommendation.plan_recommendation,
            text=text,
            number=recommendation.number,
        )
    return recommendation


@transaction.atomic
def action_raise(
    *,
    user,
    recommendation: ReviewRecommendation,
    text: str,
    owner_agency,
    due_date: date,
    lead_person=None,
    agreed_on: date | None = None,
) -> Action:
    """An action for a review's recommendation, in the review's action plan."""
    _require_manager(user)
    recommendation = _locked(ReviewRecommendation, recommendation.pk)
    if recommendation.plan_recommendation_id is None:
        # Recorded before it was raised (should not happen through recommendation_add).
        plan = _plan_for(recommendation.review, user)
        recommendation.plan_recommendation = plans.recommendation_add(
            user=user, plan=plan, text=recommendation.text, number=recommendation.number
        )
        recommendation.save(update_fields=["plan_recommendation", "updated_at"])
    return plans.action_add(
        user=user,
        recommendation=recommendation.plan_recommendation,
        text=text,
        owner_agency=owner_agency,
        due_date=due_date,
        lead_person=lead_person,
        agreed_on=agreed_on,
    )

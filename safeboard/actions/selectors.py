"""Reading action plans, always through ``visible_to``.

``visible_to`` keeps an agency lead to their own agency's actions, and to
the plans and recommendations that hold one; everyone else who may open the
area (the business unit, board members, the chair, analysts) reads every
plan. Plans and recommendations are reached through a multi-valued relation,
so their lists are ``distinct()``.

Actions come annotated with ``last_update`` (the date of their latest
update, or None), which ``summaries`` reads.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Max, QuerySet
from django.utils import timezone

from safeboard.access.visibility import visible_to
from safeboard.actions import policy, summaries
from safeboard.actions.models import (
    Action,
    ActionEvidence,
    ActionPlan,
    ActionUpdate,
    Recommendation,
)


def plan_list(*, user) -> QuerySet[ActionPlan]:
    return (
        visible_to(user, ActionPlan)
        .select_related("owner", "strategic_priority")
        .distinct()
        .order_by("-source_date", "title")
    )


def plan_get(*, user, pk: int) -> ActionPlan:
    return plan_list(user=user).get(pk=pk)


def recommendation_list(*, user, plan: ActionPlan | None = None) -> QuerySet[Recommendation]:
    recommendations = visible_to(user, Recommendation).select_related("plan").distinct()
    if plan is not None:
        recommendations = recommendations.filter(plan=plan)
    return recommendations.order_by("plan__source_date", "plan_id", "number")


def recommendation_get(*, user, pk: int) -> Recommendation:
    return recommendation_list(user=user).get(pk=pk)


def action_list(*, user, plan: ActionPlan | None = None) -> QuerySet[Action]:
    """The actions the user may see (of one plan, if given), each with ``last_update``."""
    actions = (
        visible_to(user, Action)
        .select_related("recommendation", "recommendation__plan", "owner_agency", "lead_person")
        .annotate(last_update=Max("updates__update_date"))
    )
    if plan is not None:
        actions = actions.filter(recommendation__plan=plan)
    return actions.order_by(
        "recommendation__plan__source_date",
        "recommendation__plan_id",
        "recommendation__number",
        "number",
    )


def action_get(*, user, pk: int) -> Action:
    return action_list(user=user).get(pk=pk)


def plan_with_actions(*, user, plan: ActionPlan) -> list[tuple[Recommendation, list[Action]]]:
    """The plan's recommendations, each with the actions of it the user may see."""
    actions = list(action_list(user=user, plan=plan))
    by_recommendation: dict[int, list[Action]] = {}
    for action in actions:
        by_recommendation.setdefault(action.recommendation_id, []).append(action)
    return [
        (recommendation, by_recommendation.get(recommendation.pk, []))
        for recommendation in recommendation_list(user=user, plan=plan)
    ]


def update_list(*, user, action: Action) -> QuerySet[ActionUpdate]:
    return (
        visible_to(user, ActionUpdate)
        .filter(action=action)
        .select_related("written_by")
        .order_by("-update_date", "-pk")
    )


def update_list_for(*, user, actions) -> QuerySet[ActionUpdate]:
    """The updates of several actions, oldest first."""
    return (
        visible_to(user, ActionUpdate)
        .filter(action__in=[a.pk for a in actions])
        .order_by("action_id", "update_date", "pk")
    )


def evidence_list(*, user, action: Action) -> QuerySet[ActionEvidence]:
    return (
        visible_to(user, ActionEvidence)
        .filter(action=action)
        .select_related("added_by")
        .order_by("-created_at", "-pk")
    )


def evidence_get(*, user, pk: int) -> ActionEvidence:
    return visible_to(user, ActionEvidence).select_related("action").get(pk=pk)


def actions_needing_attention(*, user, today: date | None = None) -> dict:
    """For the home page: the overdue and the stalled actions the user answers for.

    The business unit's are every agency's; an agency lead's their own
    agency's (``visible_to`` already narrows them). Anyone else: none, and
    ``scope`` is None.
    """
    today = today or timezone.localdate()
    if policy.can_manage(user):
        scope = "any agency"
    elif policy.is_agency_lead(user):
        scope = "your agency"
    else:
        return {"scope": None}
    open_actions = list(action_list(user=user).exclude(status=Action.Status.COMPLETE))
    days = summaries.stalled_days()
    overdue = [a for a in open_actions if summaries.is_overdue(a, today)]
    stalled = [a for a in open_actions if summaries.is_stalled(a, today, days)]
    overdue.sort(key=lambda a: (a.due_date, a.pk))
    stalled.sort(key=lambda a: (summaries.last_activity(a), a.pk))
    return {"scope": scope, "overdue": overdue, "stalled": stalled, "stalled_days": days}

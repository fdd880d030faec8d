"""The ``actions`` export area: a year's action plans, recommendations, actions and updates.

Year Y runs 1 April Y-1 to 31 March Y. Its figures are as at the year's last
day, or today while the year is still running (``as_at``):

- actions: those agreed by that day and not completed before the year began,
  each with its status now and, as at that day (``summaries.as_on``: from
  its dated updates), its status, whether it was overdue and whether it was
  stalled;
- plans: those holding one of those actions, and those whose source is dated
  in the year;
- recommendations: those plans' recommendations;
- updates: the updates dated in the year, of the actions the user may see.

Everything comes through the selectors, so an agency lead exports their own
agency's actions only.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.db.models import Q
from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.actions import selectors, summaries
from safeboard.actions.models import Action, ActionUpdate
from safeboard.records.areas import BoardArea, Table
from safeboard.records.years import year_bounds

PLAN_HEADERS = [
    "Plan",
    "From",
    "Source",
    "Source reference",
    "Judgement or conclusion",
    "Source date",
    "Owner",
    "Strategic priority",
    "Actions",
    "Complete",
    "Overdue",
    "Stalled",
]
RECOMMENDATION_HEADERS = ["Plan", "Recommendation", "Text", "Actions"]
ACTION_HEADERS = [
    "Plan",
    "Action",
    "Text",
    "Owner agency",
    "Lead person",
    "Agreed",
    "Due",
    "Completed",
    "Status now",
    "As at",
    "Status as at",
    "Last update as at",
    "Overdue as at",
    "Stalled as at",
]
UPDATE_HEADERS = ["Plan", "Action", "Owner agency", "Date", "Status from", "Status to", "Update"]


def as_at(year: int, today: date | None = None) -> date:
    """The day a year's figures are judged on: its last day, or today if sooner."""
    return min(year_bounds(year)[1], today or timezone.localdate())


def year_actions(*, user, year: int) -> list[Action]:
    """The actions of the year (as the module says) the user may see."""
    start, end = year_bounds(year)
    return list(
        selectors.action_list(user=user).filter(
            Q(agreed_on__lte=end), Q(completed_date__isnull=True) | Q(completed_date__gte=start)
        )
    )


def _label(value: str) -> str:
    return Action.Status(value).label if value else ""


def _tables(user, year: int) -> list[Table]:
    start, end = year_bounds(year)
    day = as_at(year)
    days = summaries.stalled_days()
    actions = year_actions(user=user, year=year)
    updates: dict[int, list[ActionUpdate]] = defaultdict(list)
    for update in selectors.update_list_for(user=user, actions=actions):
        updates[update.action_id].append(update)
    on_day = {a.pk: summaries.as_on(a, updates[a.pk], day) for a in actions}

    plan_ids = {a.recommendation.plan_id for a in actions}
    plans = list(
        selectors.plan_list(user=user).filter(
            Q(pk__in=plan_ids) | Q(source_date__range=(start, end))
        )
    )
    plans.sort(key=lambda p: (p.source_date, p.title))
    by_plan: dict[int, list[Action]] = defaultdict(list)
    by_recommendation: dict[int, int] = defaultdict(int)
    for action in actions:
        by_plan[action.recommendation.plan_id].append(action)
        by_recommendation[action.recommendation_id] += 1

    plan_rows = []
    for plan in plans:
        states = [on_day[a.pk] for a in by_plan[plan.pk]]
        plan_rows.append(
            [
                plan.title,
                plan.get_source_kind_display(),
                plan.source_title,
                plan.source_reference,
                plan.source_outcome,
                plan.source_date,
                plan.owner.full_name,
                str(plan.strategic_priority) if plan.strategic_priority else None,
                len(states),
                sum(1 for s in states if summaries.is_complete(s)),
                sum(1 for s in states if summaries.is_overdue(s, day)),
                sum(1 for s in states if summaries.is_stalled(s, day, days)),
            ]
        )
    recommendation_rows = [
        [r.plan.title, r.number, r.text, by_recommendation[r.pk]]
        for r in selectors.recommendation_list(user=user).filter(plan__in=plans)
    ]
    action_rows = []
    for action in actions:
        state = on_day[action.pk]
        action_rows.append(
            [
                action.recommendation.plan.title,
                action.reference,
                action.text,
                action.owner_agency.name,
                action.lead_person.full_name if action.lead_person_id else None,
                action.agreed_on,
                action.due_date,
                action.completed_date,
                action.get_status_display(),
                day,
                _label(state.status),
                state.last_update,
                summaries.is_overdue(state, day),
                summaries.is_stalled(state, day, days),
            ]
        )
    names = {a.pk: a for a in actions}
    update_rows = [
        [
            names[u.action_id].recommendation.plan.title,
            names[u.action_id].reference,
            names[u.action_id].owner_agency.name,
            u.update_date,
            _label(u.status_from),
            _label(u.status_to),
            u.text,
        ]
        for action in actions
        for u in sorted(updates[action.pk], key=lambda u: (u.update_date, u.pk))
        if start <= u.update_date <= end
    ]
    return [
        Table("plans", PLAN_HEADERS, plan_rows),
        Table("recommendations", RECOMMENDATION_HEADERS, recommendation_rows),
        Table("actions", ACTION_HEADERS, action_rows),
        Table("updates", UPDATE_HEADERS, update_rows),
    ]


EXPORT_AREAS = [
    BoardArea(
        name="actions",
        label="Action plans",
        description=(
            "Plans from inspections, case reviews, the child death overview panel and audits: "
            "their recommendations, actions (status, overdue, stalled) and updates."
        ),
        url_name="actions:index",
        visibility=Visibility.AGENCY,
        tables=_tables,
        order=50,
    )
]

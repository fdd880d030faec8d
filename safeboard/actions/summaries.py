"""How action plans are doing: each figure one function, its definition in its docstring.

Every function takes actions as the selectors give them (``action_list``:
each with ``last_update``, the date of its latest update or None) and the
day to judge on, so the same definitions serve a plan, all plans, the home
page, the reminders and the export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

from safeboard.actions.models import Action

STALLED_DAYS_SETTING = "SAFEBOARD_ACTION_STALLED_DAYS"
DEFAULT_STALLED_DAYS = 90
STATUSES = tuple(Action.Status)


def stalled_days() -> int:
    """N, the days without an update after which an open action is stalled (default 90)."""
    days = getattr(settings, STALLED_DAYS_SETTING, DEFAULT_STALLED_DAYS)
    if not isinstance(days, int) or days < 1:
        raise ValueError(f"{STALLED_DAYS_SETTING} must be a whole number of days, 1 or more.")
    return days


def is_complete(action: Action) -> bool:
    return action.status == Action.Status.COMPLETE


def is_overdue(action: Action, today: date) -> bool:
    """Overdue: its due date has passed (is before ``today``) and it is not complete.

    An action due today is not yet overdue.
    """
    return not is_complete(action) and action.due_date < today


def last_activity(action: Action) -> date:
    """The day of its latest update, or the day it was agreed if it has none (or if the
    latest update is older, as when an action is re-agreed)."""
    last_update = getattr(action, "last_update", None)
    if last_update is None:
        return action.agreed_on
    return max(last_update, action.agreed_on)


def is_stalled(action: Action, today: date, days: int | None = None) -> bool:
    """Stalled: not complete, and ``days`` (N, default the setting) or more days have
    passed since its last activity (``last_activity``: latest update, else agreed).

    With N = 90, an action last updated on 1 January is stalled from 1 April
    (90 days later) on. An overdue action can be stalled too: they are counted
    separately.
    """
    days = stalled_days() if days is None else days
    return not is_complete(action) and (today - last_activity(action)).days >= days


def completion_rate(actions: Iterable[Action]) -> Decimal | None:
    """Complete actions as a percentage of all actions, to one decimal place (half up);
    None when there are no actions."""
    actions = list(actions)
    if not actions:
        return None
    complete = sum(1 for a in actions if is_complete(a))
    return (Decimal(complete * 100) / Decimal(len(actions))).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def by_status(actions: Iterable[Action]) -> dict[str, int]:
    """How many actions have each status, every status present (0 if none), in the
    order not started, on track, at risk, complete."""
    counts = dict.fromkeys(STATUSES, 0)
    for action in actions:
        counts[Action.Status(action.status)] += 1
    return counts


@dataclass(frozen=True)
class Summary:
    """The figures for a set of actions (a plan, an agency's, all) on one day."""

    total: int
    by_status: dict[str, int]
    overdue: int
    stalled: int
    completion_rate: Decimal | None

    @property
    def complete(self) -> int:
        return self.by_status[Action.Status.COMPLETE]

    @property
    def open(self) -> int:
        return self.total - self.complete


def summarise(actions: Iterable[Action], today: date, days: int | None = None) -> Summary:
    """The set's total, count by status, overdue and stalled counts (each as defined
    above) and completion rate."""
    actions = list(actions)
    days = stalled_days() if days is None else days
    return Summary(
        total=len(actions),
        by_status=by_status(actions),
        overdue=sum(1 for a in actions if is_overdue(a, today)),
        stalled=sum(1 for a in actions if is_stalled(a, today, days)),
        completion_rate=completion_rate(actions),
    )


@dataclass(frozen=True)
class Group:
    key: object
    label: str
    summary: Summary
    actions: list[Action] = field(default_factory=list)


def by_plan(actions: Iterable[Action], today: date, days: int | None = None) -> list[Group]:
    """``summarise`` for each plan's actions, plans newest source first."""
    groups: dict[int, list[Action]] = {}
    plans = {}
    for action in actions:
        plan = action.recommendation.plan
        plans[plan.pk] = plan
        groups.setdefault(plan.pk, []).append(action)
    ordered = sorted(plans.values(), key=lambda p: (-p.source_date.toordinal(), p.title))
    return [
        Group(plan, plan.title, summarise(groups[plan.pk], today, days), groups[plan.pk])
        for plan in ordered
    ]


def by_owner_agency(actions: Iterable[Action], today: date, days: int | None = None) -> list[Group]:
    """``summarise`` for each owner agency's actions, agencies by name."""
    groups: dict[int, list[Action]] = {}
    agencies = {}
    for action in actions:
        agencies[action.owner_agency_id] = action.owner_agency
        groups.setdefault(action.owner_agency_id, []).append(action)
    ordered = sorted(agencies.values(), key=lambda a: a.name)
    return [
        Group(agency, agency.name, summarise(groups[agency.pk], today, days), groups[agency.pk])
        for agency in ordered
    ]


@dataclass(frozen=True)
class ActionOnDay:
    """An action as it stood on a past day, for the figures as at that day."""

    status: str
    due_date: date
    agreed_on: date
    last_update: date | None


def as_on(action: Action, updates: Iterable, day: date) -> ActionOnDay:
    """The action as it stood at the end of ``day``, from its dated updates:

    - its status: the one the latest status-changing update dated on or before
      the day moved it to (the later-added first, on the same day); not started
      if none had;
    - its last update: the latest update dated on or before the day.

    Its due date is today's (a moved due date is not traced back). With
    ``is_overdue`` and ``is_stalled`` this gives a year's figures as at its end.
    """
    past = sorted((u for u in updates if u.update_date <= day), key=lambda u: (u.update_date, u.pk))
    status = Action.Status.NOT_STARTED
    for update in past:
        if update.status_to:
            status = update.status_to
    return ActionOnDay(
        status=status,
        due_date=action.due_date,
        agreed_on=action.agreed_on,
        last_update=past[-1].update_date if past else None,
    )

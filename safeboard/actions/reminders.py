"""Reminder source: actions coming due and overdue (registered in ``apps.py``).

Every action that is not complete raises:

- a "due soon" reminder once its due date is ``due_soon_days()`` days away or
  nearer (due today included);
- an "overdue" reminder from the day after its due date (``summaries.is_overdue``).

They go to the action's lead person and the owner agency's leads. The key
holds the due date, so moving the due date gives the new date its own
reminders.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from safeboard.actions import summaries
from safeboard.actions.models import Action
from safeboard.reminders.recipients import addresses, agency_lead_addresses
from safeboard.reminders.registry import DueItem, due_soon_days, long_date

SOURCE = "actions"
LABEL = "Actions coming due and overdue"
TEXT_LENGTH = 300  # an e-mail quotes the action, not a whole page of it


def actions_due(today: date) -> Iterator[DueItem]:
    horizon = today + timedelta(days=due_soon_days())
    actions = (
        Action.objects.exclude(status=Action.Status.COMPLETE)
        .filter(due_date__lte=horizon)
        .select_related("recommendation__plan", "owner_agency", "lead_person")
        .order_by("due_date", "pk")
    )
    leads: dict[int, tuple[str, ...]] = {}
    for action in actions:
        if action.owner_agency_id not in leads:
            leads[action.owner_agency_id] = agency_lead_addresses(action.owner_agency_id)
        lead = action.lead_person.email if action.lead_person_id else ""
        yield _item(action, today, addresses(lead, *leads[action.owner_agency_id]))


def _item(action: Action, today: date, recipients: tuple[str, ...]) -> DueItem:
    plan = action.recommendation.plan
    overdue = summaries.is_overdue(action, today)
    stage = "overdue" if overdue else "due-soon"
    due = long_date(action.due_date)
    text = action.text if len(action.text) <= TEXT_LENGTH else action.text[:TEXT_LENGTH] + "…"
    if overdue:
        subject = f"Overdue: action {action.reference} of {plan.title}"
        when = f"It was due by {due} and is not complete."
    else:
        subject = f"Due by {due}: action {action.reference} of {plan.title}"
        when = f"It is due by {due}."
    return DueItem(
        key=f"action:{action.pk}:{stage}:{action.due_date.isoformat()}",
        due_date=action.due_date,
        recipients=recipients,
        subject=subject,
        body_lines=(
            f"Action {action.reference} of {plan.title}, owned by {action.owner_agency.name}:",
            text,
            when,
            f"Its status is {action.get_status_display().lower()}.",
            "Add an update (and any evidence) in Safeboard, under Action plans.",
        ),
    )

"""The home page's panel: overdue and stalled actions, for whoever answers for them."""

from __future__ import annotations

from safeboard.actions import policy, summaries
from safeboard.actions.selectors import actions_needing_attention

PANEL_ROWS = 5


def _row(action) -> dict:
    return {
        "pk": action.pk,
        "reference": action.reference,
        "plan": action.recommendation.plan.title,
        "agency": action.owner_agency.name,
        "due_date": action.due_date,
        "last_activity": summaries.last_activity(action),
    }


def attention_context(user) -> dict:
    """The business unit's (every agency's) or an agency lead's (their own agency's)
    overdue and stalled actions, the first few of each; nothing for anyone else."""
    found = actions_needing_attention(user=user)
    if found["scope"] is None:
        return {"scope": None}
    return {
        "scope": found["scope"],
        "overdue": [_row(a) for a in found["overdue"][:PANEL_ROWS]],
        "stalled": [_row(a) for a in found["stalled"][:PANEL_ROWS]],
        "overdue_count": len(found["overdue"]),
        "stalled_count": len(found["stalled"]),
        "stalled_days": found["stalled_days"],
    }


def shown(user) -> bool:
    """The panel is for those who answer for actions: the business unit and agency leads."""
    return policy.can_manage(user) or policy.is_agency_lead(user)

"""The home page's panel: agency returns due and overdue."""

from __future__ import annotations

from safeboard.agency_returns import policy
from safeboard.agency_returns.selectors import returns_outstanding

PANEL_ROWS = 5


def due_context(user) -> dict:
    """The agency lead's own agency's returns owed, or every agency's for the business unit."""
    if not policy.sees_every_status(user):
        return {"scope": None}
    outstanding = returns_outstanding(user=user)
    return {
        "scope": "any agency" if policy.can_review(user) else "your agency",
        "outstanding": outstanding[:PANEL_ROWS],
        "overdue": sum(1 for slot in outstanding if slot.overdue),
        "due": sum(1 for slot in outstanding if slot.due),
    }

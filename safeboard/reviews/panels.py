"""The home page panel: overdue deadlines, for the business unit and the case review group."""

from __future__ import annotations

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.reviews import selectors


def overdue_context(user) -> dict:
    """The overdue deadlines the user may see; showing them is a read of case records."""
    rows = selectors.overdue_deadlines(user=user)
    if rows:
        event_record(
            user=user,
            action=Event.Action.VIEWED,
            area="reviews",
            object_type="overdue-panel",
            detail={"rows": len(rows)},
        )
    return {"rows": rows}

"""Reading the audit trail: the change history and the event log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from heapq import merge
from itertools import islice

from django.db.models import Model
from simple_history.models import registered_models

from safeboard.access.visibility import Visibility, can_see_area, visible_to
from safeboard.audit.models import Event


def history_models() -> list[type[Model]]:
    """The historical model of every record under change history."""
    return [model.history.model for model in registered_models.values()]


def append_only_tables() -> list[str]:
    return [model._meta.db_table for model in history_models()] + [Event._meta.db_table]


@dataclass(frozen=True)
class Change:
    at: datetime
    who: str
    kind: str  # created, changed or deleted
    record_type: str
    record: str
    changes: list[tuple[str, str, str]]  # field, before, after


KIND = {"+": "created", "~": "changed", "-": "deleted"}


def describe_change(historical) -> Change:
    """One history row as a change: who, when, and each field's before and after."""
    changes: list[tuple[str, str, str]] = []
    previous = historical.prev_record if historical.history_type == "~" else None
    if previous is not None:
        delta = historical.diff_against(previous)
        for change in delta.changes:
            changes.append((change.field, _short(change.old), _short(change.new)))
    user = historical.history_user
    return Change(
        at=historical.history_date,
        who=user.get_username() if user is not None else "(system)",
        kind=KIND.get(historical.history_type, historical.history_type),
        record_type=historical.instance_type._meta.verbose_name,
        record=str(historical.history_object),
        changes=changes,
    )


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "..."


def change_list(*, user, limit: int = 100) -> list[Change]:
    """The latest changes to any record, newest first; empty for anyone not allowed."""
    if not can_see_area(user, Visibility.AUDIT):
        return []
    streams = [
        model.objects.select_related("history_user").order_by("-history_date")[:limit]
        for model in history_models()
    ]
    newest = merge(*streams, key=lambda h: h.history_date, reverse=True)
    return [describe_change(h) for h in islice(newest, limit)]


def event_list(*, user, limit: int = 200):
    return visible_to(user, Event).select_related("user")[:limit]

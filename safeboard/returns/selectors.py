"""Reading snapshots, always through ``visible_to`` (child-level roles only)."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from safeboard.access.visibility import visible_to
from safeboard.returns.models import Snapshot


def snapshot_list(*, user) -> QuerySet[Snapshot]:
    return visible_to(user, Snapshot).select_related("imported_by")


def snapshot_get(*, user, pk) -> Snapshot:
    return snapshot_list(user=user).get(pk=pk)


def current_snapshot_ids(*, user) -> set:
    """The snapshots the dataset uses that ``user`` may see (see ``current_snapshots``)."""
    return {snapshot.pk for snapshot in _newest_per_period(snapshot_list(user=user))}


def _recency(snapshot: Snapshot) -> tuple:
    return (snapshot.as_at or date.min, snapshot.imported_at)


def _newest_per_period(snapshots) -> list[Snapshot]:
    """For each kind and collection year, the newest data (latest as-at date) and, of
    equal dates, the latest import. Older ones stay, superseded, for audit."""
    newest: dict[tuple, Snapshot] = {}
    for snapshot in snapshots:
        key = (snapshot.kind, snapshot.collection_year)
        held = newest.get(key)
        if held is None or _recency(snapshot) > _recency(held):
            newest[key] = snapshot
    return list(newest.values())


def current_snapshots() -> list[Snapshot]:
    """Every snapshot the dataset uses, oldest import first.

    Not scoped to a user: the dataset engine computes aggregates from them;
    who may see the figures, or drill to a snapshot, is decided where they
    are shown. Each one's files are checked against their SHA-256 first
    (``safeboard.returns.integrity``): a damaged one raises, naming it,
    rather than being read.
    """
    from safeboard.returns.integrity import snapshots_verify

    everything = list(Snapshot.objects.order_by("imported_at"))
    chosen = {s.pk for s in _newest_per_period(everything)}
    return snapshots_verify(s for s in everything if s.pk in chosen)

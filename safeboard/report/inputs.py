"""What a build read, so any figure in the report can be traced to its source.

Sections note the records they used (model and id with its version: the id
of its latest history row) and the build adds the snapshots behind the
dataset. Stored with the build (``ReportBuild.inputs``) and written beside
the outputs as ``inputs.json``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Model


class Inputs:
    def __init__(self) -> None:
        self._records: dict[str, dict[int, int | None]] = defaultdict(dict)
        self._snapshots: dict[str, dict] = {}
        self._facts: dict[str, list[str]] = {}

    def records(self, rows: Iterable[Model]) -> None:
        """Note each record read, with its version."""
        for row in rows:
            label = row._meta.label
            if row.pk in self._records[label]:
                continue
            history = getattr(row, "history", None)
            version = (
                history.order_by("-history_id").values_list("history_id", flat=True).first()
                if history is not None
                else None
            )
            self._records[label][row.pk] = version

    def snapshots(self, snapshots: Iterable) -> None:
        for snapshot in snapshots:
            self._snapshots[str(snapshot.pk)] = {
                "id": str(snapshot.pk),
                "kind": snapshot.kind,
                "sha256": snapshot.sha256,
                "collection_year": getattr(snapshot, "collection_year", None),
            }

    def fact(self, name: str, figures: list[str]) -> None:
        self._facts[name] = figures

    def as_dict(self) -> dict:
        return {
            "snapshots": [self._snapshots[k] for k in sorted(self._snapshots)],
            "records": {
                label: [[pk, version] for pk, version in sorted(rows.items())]
                for label, rows in sorted(self._records.items())
            },
            "facts": dict(sorted(self._facts.items())),
        }

"""Snapshots and findings as GOV.UK tables."""

from __future__ import annotations

from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime

from safeboard.returns.models import Snapshot
from safeboard.returns.reporting import summarise
from safeboard.web.components import link, summary_list, table


def _year(value: int | None) -> str:
    return f"{value - 1}-{value % 100:02d}" if value else "Not given"


def snapshots_table(snapshots, current_ids: set) -> object:
    rows = []
    for snapshot in snapshots:
        rows.append(
            [
                link(snapshot.kind, reverse("returns:snapshot-detail", args=[snapshot.pk])),
                _year(snapshot.collection_year),
                snapshot.as_at.isoformat() if snapshot.as_at else "Not given",
                f"{snapshot.total_rows:,}",
                f"{snapshot.warning_count:,}",
                snapshot.imported_by_name,
                date_format(localtime(snapshot.imported_at), "j M Y H:i"),
                "In use" if snapshot.pk in current_ids else "Superseded",
            ]
        )
    return table(
        caption="Snapshots, newest first",
        head=[
            "Kind",
            "Collection year",
            "As at",
            "Rows",
            "Warnings",
            "Imported by",
            "When",
            "Status",
        ],
        rows=rows,
        numeric=[3, 4],
        empty="Nothing has been imported yet.",
    )


def snapshot_summary(snapshot: Snapshot, *, in_use: bool):
    files = "; ".join(
        f"{f['name']} ({f['bytes']:,} bytes, SHA-256 {f['sha256'][:16]}…)" for f in snapshot.files
    )
    return summary_list(
        [
            ("Kind", snapshot.kind),
            ("Collection year", _year(snapshot.collection_year)),
            ("Data as at", snapshot.as_at.isoformat() if snapshot.as_at else "Not given"),
            ("Files", files),
            ("SHA-256 of all files", snapshot.sha256),
            ("Imported by", snapshot.imported_by_name),
            ("Imported", date_format(localtime(snapshot.imported_at), "j M Y H:i")),
            ("Rows", ", ".join(f"{t}: {n:,}" for t, n in snapshot.row_counts.items())),
            ("Warnings", f"{snapshot.warning_count:,}"),
            ("Status", "In use by the dataset" if in_use else "Superseded by a newer import"),
        ]
    )


def findings_by_rule_table(findings) -> object:
    return table(
        caption="Findings by rule",
        head=["Rule", "Severity", "Count", "What is wrong (first)", "Where (first)", "What to do"],
        rows=[
            [s.rule, s.severity.capitalize(), f"{s.count:,}", s.message, s.example, s.guidance]
            for s in summarise(findings)
        ],
        numeric=[2],
        empty="No findings.",
    )

"""A snapshot: one accepted import, immutable, with its provenance.

The data itself is Parquet in the workspace's snapshots folder (DuckDB reads
it); this row says what it is, where it came from and what was found.
Rows are never changed: a newer import for the same kind and period
supersedes an older one when the dataset picks its inputs, and the older
stays for audit.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.audit.append_only import AppendOnlyModel


class Snapshot(AppendOnlyModel):
    visibility = Visibility.CHILD_LEVEL

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=30, db_index=True)
    collection_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The year the collection ends: 2018 for 2017-18."
    )
    as_at = models.DateField(null=True, blank=True, help_text="The date the data is as at.")
    sha256 = models.CharField(max_length=64, db_index=True, help_text="Of all the files read.")
    files = models.JSONField(default=list, help_text="Each file's name, size and SHA-256.")
    # The files as stored (Parquet, provenance, findings), not as read: checked
    # before every use, so a damaged snapshot is reported, never silently read.
    stored_sha256 = models.JSONField(
        default=dict, blank=True, help_text="Each stored file's SHA-256, by file name."
    )
    folder = models.CharField(max_length=100, help_text="Under the workspace's snapshots folder.")
    row_counts = models.JSONField(default=dict)
    error_count = models.PositiveIntegerField(default=0)
    warning_count = models.PositiveIntegerField(default=0)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    imported_by_name = models.CharField(max_length=150)
    imported_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-imported_at"]
        indexes = [models.Index(fields=["kind", "collection_year", "as_at"])]

    def __str__(self) -> str:
        year = (
            f" {self.collection_year - 1}-{self.collection_year % 100:02d}"
            if self.collection_year
            else ""
        )
        return (
            f"{self.kind}{year} as at {self.as_at or 'unknown'} ({self.imported_at:%Y-%m-%d %H:%M})"
        )

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())

    @property
    def path(self) -> Path:
        """The snapshot's folder in the workspace."""
        return settings.WORKSPACE.snapshots_dir / self.folder

    def table_files(self) -> dict[str, Path]:
        """Each staged table's Parquet file, by table name (none if the folder is gone)."""
        return {path.stem: path for path in sorted(self.path.glob("*.parquet"))}

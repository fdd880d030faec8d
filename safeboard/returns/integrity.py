"""A snapshot's stored files are checked against their SHA-256 before they are used.

The digests are taken when the import commits (``stored_checksums``, kept on
``Snapshot.stored_sha256``); snapshots imported before that got theirs from
the data migration ``returns.0002``, from the files as they were at upgrade.
``snapshot_verify`` reads a file whole only the first time a process sees it:
after that it is trusted while its inode, size and modification time are
unchanged (writing into a file changes its modification time), so a page or
dataset build pays a few ``stat`` calls, not a re-read of every Parquet file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from safeboard.common.checksums import file_sha256
from safeboard.dataset.periods import year_label

LEFT_OUT = {"pid"}  # the staging folder's owner marker, removed before commit

DAMAGED = (
    "The {kind} snapshot{year} (import {id}) is damaged: its file {file} {problem}, so it "
    "is not used. Restore the workspace from a backup (safeboard restore) or import that "
    "return again (a new import supersedes it)."
)
DAMAGED_FOR_EVERYONE = (
    "Some of the data behind this page failed an integrity check, so it is not shown. "
    "Tell your partnership's business unit; they can see which data and how to put it right."
)

logger = logging.getLogger(__name__)

# (path, inode, size, mtime in ns) -> the digest it was found to have.
_verified: dict[tuple[str, int, int, int], str] = {}


class SnapshotDamagedError(Exception):
    """A snapshot file is missing or differs from its recorded SHA-256."""

    def __init__(self, snapshot, file: str, problem: str):
        self.snapshot_id = str(snapshot.pk)
        self.kind = snapshot.kind
        self.collection_year = snapshot.collection_year
        self.file = file
        year = f" for {year_label(snapshot.collection_year)}" if snapshot.collection_year else ""
        super().__init__(
            DAMAGED.format(
                kind=snapshot.kind, year=year, id=snapshot.pk, file=file, problem=problem
            )
        )


def stored_checksums(folder: Path) -> dict[str, str]:
    """Each file's SHA-256 in a snapshot folder, by name."""
    return {
        path.name: file_sha256(path)
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name not in LEFT_OUT
    }


def snapshot_verify(snapshot) -> None:
    """Raise ``SnapshotDamagedError`` unless every recorded file is there and unchanged."""
    folder = snapshot.path
    expected = snapshot.stored_sha256 or {}
    if not expected:
        # Nothing recorded to check against: only a snapshot whose folder was
        # already gone when the data migration ran (it is read as empty, as before).
        return
    for name, digest in sorted(expected.items()):
        path = folder / name
        try:
            status = path.stat()
        except FileNotFoundError:
            logger.error("snapshot %s: %s is missing", snapshot.pk, name)
            raise SnapshotDamagedError(snapshot, name, "is missing") from None
        key = (str(path), status.st_ino, status.st_size, status.st_mtime_ns)
        if _verified.get(key) == digest:
            continue
        if file_sha256(path) != digest:
            logger.error("snapshot %s: %s does not match its SHA-256", snapshot.pk, name)
            raise SnapshotDamagedError(
                snapshot, name, "does not match the SHA-256 recorded when it was imported"
            )
        _verified[key] = digest


def snapshots_verify(snapshots) -> list:
    """Verify each snapshot (see ``snapshot_verify``) and give them back."""
    snapshots = list(snapshots)
    for snapshot in snapshots:
        snapshot_verify(snapshot)
    return snapshots

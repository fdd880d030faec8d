"""``safeboard backup DIR``: the whole workspace, in one folder, with a manifest.

What it holds: the database (``database/``, one JSON file per model; see
``safeboard.operations.database``), the snapshots and the outputs as files,
and the workspace secrets sealed with the passphrase (``secrets.sealed``).
Action evidence and policy documents are copied too. Uploads waiting to be confirmed are left out: they are not yet the
partnership's data. The import lock is held throughout, so no snapshot is
committed between the database read and the copy of the snapshot files.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.db import connection

from safeboard.operations.crypto import seal
from safeboard.operations.database import database_dump, migration_state
from safeboard.operations.manifest import BackupError, Manifest, manifest_write

DATABASE_DIR = "database"
SECRETS_FILE = "secrets.sealed"
# The uploaded evidence and policy documents are the board's records too.
COPIED = ("snapshots", "outputs", "evidence", "policies")
FOLDER_MODE = 0o700  # it holds pseudonymised child-level data

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    files: int
    bytes: int
    rows: int
    tables: int


def workspace_secrets() -> dict[str, str]:
    """Every secret of the workspace, by name (temporary files left out)."""
    folder = settings.WORKSPACE.secrets_dir
    if not folder.is_dir():
        return {}
    return {
        path.name: path.read_text(encoding="ascii")
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.startswith(".")
    }


def _copy_tree(source: Path, target: Path) -> int:
    """Copy the files under ``source``, leaving out dot-entries (locks, staging)."""
    copied = 0
    if not source.is_dir():
        return copied
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_dir():
            (target / relative).mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / relative)
            copied += 1
    return copied


def _prepare(target: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(
            f"{target} is not an empty folder: give a new folder for the backup, so an "
            "earlier backup is never overwritten."
        )
    target.mkdir(parents=True, exist_ok=True)
    os.chmod(target, FOLDER_MODE)


def backup_create(
    *, target: Path, passphrase: str, progress: Callable[[str], None] = lambda m: None
) -> BackupResult:
    """Write a backup of the current workspace into the new folder ``target``."""
    from safeboard.returns.pipeline import import_lock

    target = target.resolve()
    _prepare(target)
    workspace = settings.WORKSPACE
    progress("Sealing the workspace secrets with the passphrase")
    secrets = json.dumps(workspace_secrets(), sort_keys=True).encode("utf-8")
    (target / SECRETS_FILE).write_bytes(seal(secrets, passphrase))
    with import_lock():
        progress("Reading the database")
        tables = database_dump(target / DATABASE_DIR, progress=progress)
        for name in COPIED:
            progress(f"Copying {name}")
            count = _copy_tree(workspace.root / name, target / name)
            progress(f"{name}: {count:,} files")
    manifest = Manifest(
        safeboard_version=version("safeboard"),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        engine=connection.vendor,
        workspace_root=str(workspace.root),
        migrations=migration_state(),
        tables=tables,
    )
    progress("Writing the manifest with every file's SHA-256")
    manifest_write(target, manifest)
    result = BackupResult(
        folder=target,
        files=len(manifest.files),
        bytes=sum(f["bytes"] for f in manifest.files.values()),
        rows=sum(t["rows"] for t in tables),
        tables=len(tables),
    )
    logger.info(
        "backup written: %d files, %d bytes, %d rows", result.files, result.bytes, result.rows
    )
    return result

"""``safeboard restore DIR``: a backup back into a workspace, checked before anything changes.

In order, refusing at the first problem with nothing changed:

1. every file against the manifest's SHA-256 (a damaged backup is refused);
2. the secrets opened with the passphrase (a wrong one is refused);
3. the migrations: the backup's must be exactly this Safeboard's;
4. the target: an empty workspace and database, unless ``force``.

Then: the snapshot and output files are copied into a private folder inside
the workspace; the database is replaced in one transaction; only after it
commits are the copied folders swapped into place and the secrets written.
If the database load fails, the copies are removed and nothing has changed.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from safeboard.operations.backup import COPIED, DATABASE_DIR, SECRETS_FILE, _copy_tree
from safeboard.operations.crypto import SealError, unseal
from safeboard.operations.database import database_is_empty, database_load, migration_state
from safeboard.operations.manifest import BackupError, Manifest, manifest_read, manifest_verify
from safeboard.workspace import SECRET_FILE_MODE

NOT_EMPTY = (
    "The workspace {root} already holds {what}: a restore would replace it. Restore into a "
    "new workspace, or give --force to replace everything in this one."
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    rows: int
    files: int


def _migrations_check(manifest: Manifest) -> None:
    ours = {tuple(m) for m in migration_state()}
    theirs = {tuple(m) for m in manifest.migrations}
    newer = sorted(theirs - ours)
    older = sorted(ours - theirs)
    if newer:
        named = ", ".join(f"{app}.{name}" for app, name in newer[:5])
        raise BackupError(
            f"The backup was made by a newer Safeboard ({manifest.safeboard_version}; "
            f"migrations this one lacks: {named}). Upgrade Safeboard, then restore."
        )
    if older:
        named = ", ".join(f"{app}.{name}" for app, name in older[:5])
        raise BackupError(
            f"The backup was made by an older Safeboard ({manifest.safeboard_version}; it lacks "
            f"migrations {named}). Restore it with that version into a new workspace, then "
            "upgrade that workspace (safeboard init)."
        )


def _workspace_holds() -> str | None:
    root = settings.WORKSPACE.root
    for name in COPIED:
        folder = root / name
        if folder.is_dir() and any(not p.name.startswith(".") for p in folder.iterdir()):
            return f"{name}"
    if not database_is_empty():
        return "records in its database"
    return None


def _rewriter(old_root: str, new_root: str) -> Callable[[str], str]:
    """Stored absolute paths into the old workspace point into the new one instead."""
    prefix = old_root.rstrip("/") + "/"
    if old_root == new_root:
        return lambda text: text

    def rewrite(text: str) -> str:
        if text == old_root or text.startswith(prefix):
            return new_root + text[len(old_root) :]
        return text

    return rewrite


def _write_secrets(secrets: dict[str, str]) -> None:
    folder = settings.WORKSPACE.ensure().secrets_dir
    for name, value in secrets.items():
        if "/" in name or name.startswith("."):
            raise BackupError(f"The backup names a secret '{name}' that is not a plain file name.")
        temporary = folder / f".{name}.{uuid.uuid4().hex}"
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SECRET_FILE_MODE)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(value)
        os.replace(temporary, folder / name)


def _swap_in(current: Path, restored: Path, old: Path) -> None:
    """Move ``current``'s entries aside and ``restored``'s into it, entry by entry, so
    the folder itself (and its lock file, which this process holds) stays put."""
    current.mkdir(parents=True, exist_ok=True)
    old.mkdir(parents=True, exist_ok=True)
    for entry in list(current.iterdir()):
        if not entry.name.startswith("."):
            entry.rename(old / entry.name)
    if restored.is_dir():
        for entry in list(restored.iterdir()):
            entry.rename(current / entry.name)


def backup_restore(
    *,
    source: Path,
    passphrase: str,
    force: bool = False,
    progress: Callable[[str], None] = lambda m: None,
) -> RestoreResult:
    from safeboard.returns.pipeline import import_lock

    source = source.resolve()
    manifest = manifest_read(source)
    progress(f"Checking {len(manifest.files):,} files against the manifest")
    manifest_verify(source, manifest)
    try:
        secrets = json.loads(unseal((source / SECRETS_FILE).read_bytes(), passphrase))
    except SealError as error:
        raise BackupError(f"{error} Nothing was changed.") from error
    _migrations_check(manifest)
    workspace = settings.WORKSPACE.ensure()
    with import_lock():
        if not force and (held := _workspace_holds()):
            raise BackupError(NOT_EMPTY.format(root=workspace.root, what=held))
        staging = workspace.root / f".restore-{uuid.uuid4().hex}"
        staging.mkdir()
        try:
            files = 0
            for name in COPIED:
                progress(f"Copying {name}")
                files += _copy_tree(source / name, staging / name)
            progress("Replacing the database (one transaction)")
            rows = database_load(
                source / DATABASE_DIR,
                manifest.tables,
                rewrite=_rewriter(manifest.workspace_root, str(workspace.root)),
                progress=progress,
            )
            # The database is committed: put the files in place beside it.
            for name in COPIED:
                _swap_in(workspace.root / name, staging / name, staging / f"old-{name}")
            progress("Writing the workspace secrets")
            _write_secrets(secrets)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    logger.info("restore done: %d rows, %d files", rows, files)
    return RestoreResult(manifest=manifest, rows=rows, files=files)

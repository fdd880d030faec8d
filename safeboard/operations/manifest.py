"""What a backup holds: every file with its SHA-256, and what made it.

``manifest.json`` is written last, so a backup that stopped part way has none
and is never restored. A restore checks every file against it before it
changes anything: a missing, changed or unexpected file refuses the restore.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from safeboard.common.checksums import file_sha256

MANIFEST_NAME = "manifest.json"
FORMAT = 1


class BackupError(Exception):
    """A backup cannot be made or restored as asked; the message says what to do."""


@dataclass
class Manifest:
    safeboard_version: str
    created_at: str  # ISO 8601, UTC
    engine: str  # the database engine it was taken from: sqlite or postgresql
    workspace_root: str  # the workspace it was taken from (stored paths are remapped)
    migrations: list[list[str]]  # every applied migration, [app, name]
    tables: list[dict]  # each model's file and row count, in load order
    files: dict[str, dict] = field(default_factory=dict)  # path -> sha256 and bytes
    format: int = FORMAT

    def as_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=True) + "\n"


def folder_files(folder: Path) -> list[Path]:
    """Every regular file under ``folder`` except the manifest, in a stable order."""
    return sorted(
        path for path in folder.rglob("*") if path.is_file() and path.name != MANIFEST_NAME
    )


def manifest_write(folder: Path, manifest: Manifest) -> Path:
    manifest.files = {
        path.relative_to(folder).as_posix(): {
            "sha256": file_sha256(path),
            "bytes": path.stat().st_size,
        }
        for path in folder_files(folder)
    }
    target = folder / MANIFEST_NAME
    temporary = folder / f".{MANIFEST_NAME}.partial"
    temporary.write_text(manifest.as_json(), encoding="utf-8")
    temporary.rename(target)
    return target


def manifest_read(folder: Path) -> Manifest:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        raise BackupError(
            f"{folder} has no {MANIFEST_NAME}: it is not a Safeboard backup, or the backup "
            "stopped before it finished. Use another backup."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except (ValueError, TypeError) as error:
        raise BackupError(f"{path} cannot be read ({error}). Use another backup.") from error
    if manifest.format != FORMAT:
        raise BackupError(
            f"{path} is backup format {manifest.format}; this Safeboard reads format {FORMAT}. "
            "Restore it with the Safeboard version that made it."
        )
    return manifest


def manifest_verify(folder: Path, manifest: Manifest, progress=lambda done, total: None) -> None:
    """Refuse (``BackupError``) unless every file is present, unchanged, and expected."""
    problems: list[str] = []
    expected = manifest.files
    present = {path.relative_to(folder).as_posix(): path for path in folder_files(folder)}
    total = len(expected)
    for done, (name, described) in enumerate(sorted(expected.items()), start=1):
        path = present.get(name)
        if path is None:
            problems.append(f"{name} is missing")
        elif path.stat().st_size != described["bytes"] or file_sha256(path) != described["sha256"]:
            problems.append(f"{name} does not match its checksum")
        progress(done, total)
    problems += [f"{name} is not in the manifest" for name in sorted(set(present) - set(expected))]
    if problems:
        shown = "; ".join(problems[:10]) + (
            f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        )
        raise BackupError(
            f"The backup in {folder} is damaged: {shown}. Nothing was changed. "
            "Restore from another copy of the backup."
        )

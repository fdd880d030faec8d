"""The workspace: one folder that holds everything a partnership's Safeboard owns.

A workspace keeps the SQLite database, the generated secrets (file mode 0600),
the data snapshots and every output. Two workspaces never share anything, so a
test, a demo and a live partnership can sit side by side on one machine.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

WORKSPACE_ENV = "SAFEBOARD_WORKSPACE"
DEFAULT_WORKSPACE = "workspace"

SECRET_FILE_MODE = 0o600
SECRETS_DIR_MODE = 0o700


class WorkspaceError(Exception):
    """A workspace cannot be used as asked; the message says what to do."""


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def from_environment(cls) -> Workspace:
        return cls(Path(os.environ.get(WORKSPACE_ENV) or DEFAULT_WORKSPACE).resolve())

    @property
    def database_path(self) -> Path:
        return self.root / "safeboard.sqlite3"

    @property
    def secrets_dir(self) -> Path:
        return self.root / "secrets"

    @property
    def snapshots_dir(self) -> Path:
        return self.root / "snapshots"

    @property
    def outputs_dir(self) -> Path:
        return self.root / "outputs"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> Workspace:
        """Create the folder tree if it is missing; safe to call on every start."""
        for folder in (self.root, self.snapshots_dir, self.outputs_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.secrets_dir.mkdir(mode=SECRETS_DIR_MODE, parents=True, exist_ok=True)
        os.chmod(self.secrets_dir, SECRETS_DIR_MODE)
        return self

    def secret_path(self, name: str) -> Path:
        return self.secrets_dir / name

    def read_secret(self, name: str) -> str | None:
        path = self.secret_path(name)
        if not path.exists():
            return None
        return path.read_text(encoding="ascii").strip() or None

    def secret(self, name: str, *, create: bool = True) -> str:
        """Return the named secret, generating it (mode 0600) on first use.

        The file is created with O_EXCL so two processes starting at once
        cannot each write a different key; the loser reads the winner's.
        """
        existing = self.read_secret(name)
        if existing:
            return existing
        if not create:
            raise WorkspaceError(
                f"The workspace {self.root} has no secret '{name}'. "
                "Create the workspace with 'safeboard demo' or set the secret in the environment."
            )
        self.ensure()
        value = secrets.token_urlsafe(50)
        path = self.secret_path(name)
        # Written whole to a private temporary file, then linked into place: the
        # secret appears complete or not at all, so a process that loses the race
        # never reads a half-written (empty) file.
        temporary = path.with_name(f".{name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SECRET_FILE_MODE)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(value + "\n")
            os.chmod(temporary, SECRET_FILE_MODE)
            try:
                os.link(temporary, path)
            except FileExistsError:
                return self.secret(name, create=False)
        finally:
            temporary.unlink(missing_ok=True)
        return value

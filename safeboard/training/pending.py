"""An uploaded bookings file, kept between its preview and the confirm.

The file waits in the workspace's private uploads folder (mode 0700, the
file 0600) under a random token, tied to the user who uploaded it, until
they confirm or discard it; abandoned ones go after a day with the other
uploads. Nothing reaches the database before the confirm.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

from safeboard.returns.uploads import uploads_purge_abandoned, uploads_root

PREFIX = "training-bookings-"
DATA_FILE = "bookings.csv"
META_FILE = "meta.json"
PENDING_NOT_FOUND = "This upload has expired or belongs to someone else: upload the file again."


class PendingNotFoundError(LookupError):
    pass


def _folder(token: str) -> Path:
    if not token.isalnum():
        raise PendingNotFoundError(PENDING_NOT_FOUND)
    return uploads_root() / f"{PREFIX}{token}"


def pending_save(*, user, data: bytes) -> str:
    """Keep ``data`` for ``user``; returns the token that finds it again."""
    uploads_purge_abandoned()
    token = uuid.uuid4().hex
    folder = _folder(token)
    folder.mkdir(mode=0o700)
    descriptor = os.open(folder / DATA_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    (folder / META_FILE).write_text(json.dumps({"user_id": user.pk}))
    return token


def pending_load(*, user, token: str) -> bytes:
    folder = _folder(token)
    try:
        meta = json.loads((folder / META_FILE).read_text())
        if meta.get("user_id") != user.pk:
            raise PendingNotFoundError(PENDING_NOT_FOUND)
        return (folder / DATA_FILE).read_bytes()
    except (OSError, ValueError):
        raise PendingNotFoundError(PENDING_NOT_FOUND) from None


def pending_discard(*, token: str) -> None:
    if token.isalnum():
        shutil.rmtree(_folder(token), ignore_errors=True)

"""Web imports: upload, check in the background with progress, then confirm.

The uploaded files wait in the workspace's private uploads folder (mode
0700) only until the user confirms or discards them; abandoned uploads are
removed after a day. Nothing is stored as a snapshot before the confirm.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connections

from safeboard.returns.findings import Finding, Severity
from safeboard.returns.pipeline import ImportResult, Status, return_import

UPLOADS_DIR = "uploads"
JOB_FILE = "job.json"
FINDINGS_FILE = "findings.json"
ABANDONED_AFTER_SECONDS = 24 * 60 * 60
UPLOAD_NOT_FOUND = "This upload has expired or belongs to someone else. Upload the file again."


class UploadNotFoundError(LookupError):
    pass


@dataclass
class Upload:
    token: str
    folder: Path
    job: dict

    @property
    def state(self) -> str:
        return self.job["state"]

    @property
    def files_dir(self) -> Path:
        return self.folder / "files"

    def findings(self) -> list[Finding]:
        path = self.folder / FINDINGS_FILE
        if not path.exists():
            return []
        return [
            Finding(**{**item, "severity": Severity(item["severity"])})
            for item in json.loads(path.read_text())
        ]


def uploads_root() -> Path:
    root = settings.WORKSPACE.root / UPLOADS_DIR
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


def _write_job(folder: Path, job: dict) -> None:
    temporary = folder / f".{JOB_FILE}.{os.getpid()}.{threading.get_ident()}"
    temporary.write_text(json.dumps(job))
    os.replace(temporary, folder / JOB_FILE)  # readers never see half a file


def upload_get(*, token: str, user) -> Upload:
    if not token.isalnum():
        raise UploadNotFoundError(UPLOAD_NOT_FOUND)
    folder = uploads_root() / token
    try:
        job = json.loads((folder / JOB_FILE).read_text())
    except (OSError, ValueError):
        raise UploadNotFoundError(UPLOAD_NOT_FOUND) from None
    if job["user_id"] != user.pk:
        raise UploadNotFoundError(UPLOAD_NOT_FOUND)
    return Upload(token=token, folder=folder, job=job)


def upload_create(
    *, user, kind: str, files: list[UploadedFile], year: int | None, as_at: date | None
) -> Upload:
    uploads_purge_abandoned()
    token = uuid.uuid4().hex
    folder = uploads_root() / token
    files_dir = folder / "files"
    files_dir.mkdir(parents=True, mode=0o700)
    for uploaded in files:
        # The name only: a browser may send a path, and a path may climb out.
        name = Path(uploaded.name or "upload").name or "upload"
        with (files_dir / name).open("wb") as handle:
            for chunk in uploaded.chunks():
                handle.write(chunk)
    job = {
        "user_id": user.pk,
        "kind": kind,
        "year": year,
        "as_at": as_at.isoformat() if as_at else None,
        "state": "waiting",
        "done": 0,
        "total": sum(f.size or 0 for f in files),
        "created": time.time(),
    }
    _write_job(folder, job)
    return Upload(token=token, folder=folder, job=job)


def upload_check(upload: Upload) -> None:
    """Validate the upload (in a thread when settings ask), recording progress and findings."""
    if settings.SAFEBOARD_CHECK_UPLOADS_IN_BACKGROUND:
        threading.Thread(target=_check_in_thread, args=(upload,), daemon=True).start()
    else:
        _check(upload)


def _check_in_thread(upload: Upload) -> None:
    try:
        _check(upload)
    finally:
        # The thread's own database connection: close it, or it lingers.
        connections.close_all()


def _check(upload: Upload) -> None:
    job = dict(upload.job, state="reading")
    _write_job(upload.folder, job)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] > 0.25 or done >= total:
            last[0] = now
            _write_job(upload.folder, dict(job, done=done, total=total))

    try:
        result = return_import(
            kind=job["kind"],
            paths=sorted(upload.files_dir.iterdir()),
            collection_year=job["year"],
            as_at=date.fromisoformat(job["as_at"]) if job["as_at"] else None,
            validate_only=True,
            progress=progress,
        )
        (upload.folder / FINDINGS_FILE).write_text(
            json.dumps([f.as_dict() for f in result.findings])
        )
        state = "refused" if result.status is Status.REFUSED else "checked"
        _write_job(
            upload.folder,
            dict(
                job,
                state=state,
                done=job["total"],
                rows=result.row_counts,
                collection_year=result.collection_year,
                as_at_found=result.as_at.isoformat() if result.as_at else None,
            ),
        )
    except Exception:  # noqa: BLE001 (the page must say the check failed, not spin for ever)
        _write_job(upload.folder, dict(job, state="failed"))
        raise


def upload_confirm(*, upload: Upload, user) -> ImportResult:
    if upload.state != "checked":
        raise UploadNotFoundError(UPLOAD_NOT_FOUND)
    job = upload.job
    result = return_import(
        kind=job["kind"],
        paths=sorted(upload.files_dir.iterdir()),
        collection_year=job["year"],
        as_at=date.fromisoformat(job["as_at"]) if job["as_at"] else None,
        user=user,
    )
    upload_discard(upload=upload)
    return result


def upload_discard(*, upload: Upload) -> None:
    shutil.rmtree(upload.folder, ignore_errors=True)


def uploads_purge_abandoned() -> None:
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for folder in uploads_root().iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)

"""Uploaded policy documents: which files are taken and where they live.

A policy document is a PDF or a Word file. It is taken only when its
extension is one of ``ALLOWED`` and its first bytes are what that type
starts with (the same content sniffing as action evidence), and it is no
larger than the ``SAFEBOARD_POLICY_MAX_BYTES`` setting (default 20 MiB: a
procedures manual runs to hundreds of pages). The content type comes from
the extension, never from what the browser claimed.

Files are kept under the workspace's ``policies/`` folder with a random name
and no extension, outside anything the web server serves; the download view
reads them back through ``policy_file_path`` after checking who is asking and
always sends them as an attachment.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from safeboard.actions.evidence import (
    OLE2,
    SNIFF_BYTES,
    ZIP,
    checked_write,
    clean_file_name,
    size_label,
)

MAX_BYTES_SETTING = "SAFEBOARD_POLICY_MAX_BYTES"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

UNSUPPORTED_TYPE = "{name} is not a PDF or Word file: save the document as a PDF and upload that."
CONTENT_MISMATCH = (
    "{name} does not contain what its name says ({kind}): save it again as a real "
    "{kind} file and upload that."
)
TOO_LARGE = "{name} is larger than {limit}: upload a smaller file, or give a link to it instead."
EMPTY_FILE = "{name} is empty: choose the file again."


@dataclass(frozen=True)
class FileKind:
    label: str
    content_type: str


ALLOWED: dict[str, FileKind] = {
    ".pdf": FileKind("PDF", "application/pdf"),
    ".doc": FileKind("Word", "application/msword"),
    ".docx": FileKind(
        "Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ),
}


class PolicyFileError(ValueError):
    """The file cannot be taken; the message says why and what to do."""


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    stored_name: str
    content_type: str
    size: int
    sha256: str


def max_bytes() -> int:
    limit = getattr(settings, MAX_BYTES_SETTING, DEFAULT_MAX_BYTES)
    if not isinstance(limit, int) or limit <= 0:
        raise ValueError(f"{MAX_BYTES_SETTING} must be a whole number of bytes, more than 0.")
    return limit


def policy_files_dir() -> Path:
    folder = settings.WORKSPACE.root / "policies"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def policy_file_path(stored_name: str) -> Path:
    """Where a stored file is; the name is ours (hex), checked so it cannot climb out."""
    if not re.fullmatch(r"[0-9a-f]{32}", stored_name or ""):
        raise FileNotFoundError("Not a stored policy file.")
    return policy_files_dir() / stored_name


def _kind_and_limit(upload) -> tuple[str, str, FileKind, int]:
    name = clean_file_name(upload.name)
    ext = os.path.splitext(name)[1].lower()
    kind = ALLOWED.get(ext)
    if kind is None:
        raise PolicyFileError(UNSUPPORTED_TYPE.format(name=name))
    limit = max_bytes()
    if upload.size is not None and upload.size > limit:
        raise PolicyFileError(TOO_LARGE.format(name=name, limit=size_label(limit)))
    if upload.size == 0:
        raise PolicyFileError(EMPTY_FILE.format(name=name))
    return name, ext, kind, limit


def file_check(upload) -> None:
    """Raise PolicyFileError if the upload would be refused; store nothing.

    Forms call it so a refusal shows beside the field; ``file_store`` checks
    again as it writes (the size a browser gives can lie).
    """
    name, ext, kind, limit = _kind_and_limit(upload)
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    matches = {
        ".pdf": lambda: head.startswith(b"%PDF-"),
        ".doc": lambda: head.startswith(OLE2),
        ".docx": lambda: head.startswith(ZIP) and _zip_holds(upload, "word/document.xml"),
    }[ext]()
    upload.seek(0)
    if not matches:
        raise PolicyFileError(CONTENT_MISMATCH.format(name=name, kind=kind.label))


def _zip_holds(handle, member: str) -> bool:
    try:
        with zipfile.ZipFile(handle) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def file_store(upload) -> StoredFile:
    """Check an uploaded file and keep it; raise PolicyFileError if it is refused.

    ``upload`` is a Django ``UploadedFile`` (anything with ``name``, ``size`` and
    ``chunks()``). Nothing is left behind when the file is refused.
    """
    name, ext, kind, limit = _kind_and_limit(upload)
    upload.seek(0)
    stored_name, size, sha256 = checked_write(
        upload,
        folder=policy_files_dir(),
        limit=limit,
        extension=ext,
        too_large=PolicyFileError(TOO_LARGE.format(name=name, limit=size_label(limit))),
        empty=PolicyFileError(EMPTY_FILE.format(name=name)),
        mismatch=PolicyFileError(CONTENT_MISMATCH.format(name=name, kind=kind.label)),
    )
    return StoredFile(name, stored_name, kind.content_type, size, sha256)


def file_discard(stored_name: str | None) -> None:
    """Remove a stored file (when the record that would name it was not saved)."""
    if not stored_name:
        return
    try:
        policy_file_path(stored_name).unlink(missing_ok=True)
    except FileNotFoundError:
        pass

"""Evidence files: which files are taken, how they are checked, where they live.

A file is taken only when its extension is one of ``ALLOWED`` AND its first
bytes are what that type starts with (content sniffing), so a web page
renamed ``.pdf`` or ``.txt`` is refused. It must be no larger than the
``SAFEBOARD_EVIDENCE_MAX_BYTES`` setting (default 10 MiB). The content type
comes from the extension, never from what the browser claimed.

Files are kept under the workspace's ``evidence/`` folder with a random name
and no extension, outside anything the web server serves; the download view
reads them back through ``evidence_path`` after checking who is asking, and
always sends them as an attachment (see ``views``).
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

MAX_BYTES_SETTING = "SAFEBOARD_EVIDENCE_MAX_BYTES"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SNIFF_BYTES = 2048

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Word and Excel files
ZIP = b"PK\x03\x04"  # Office Open XML files are zip archives

# Text that a browser would take for a web page or a script (WHATWG sniffing).
HTML_START = re.compile(
    rb"^\s*<(!doctype|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p"
    rb"|!--|\?xml|svg|object|embed|img|meta|link|form)[\s>/]",
    re.IGNORECASE,
)

UNSUPPORTED_TYPE = (
    "{name} is not a type of file evidence can be: upload a PDF, Word, Excel, CSV, "
    "PNG, JPEG or plain text file."
)
CONTENT_MISMATCH = (
    "{name} does not contain what its name says ({kind}): save it again as a real "
    "{kind} file and upload that."
)
TOO_LARGE = "{name} is larger than {limit}: upload a smaller file, or split it."
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
    ".xls": FileKind("Excel", "application/vnd.ms-excel"),
    ".xlsx": FileKind("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".csv": FileKind("CSV", "text/csv; charset=utf-8"),
    ".txt": FileKind("plain text", "text/plain; charset=utf-8"),
    ".png": FileKind("PNG", "image/png"),
    ".jpg": FileKind("JPEG", "image/jpeg"),
    ".jpeg": FileKind("JPEG", "image/jpeg"),
}


class EvidenceFileError(ValueError):
    """The file cannot be taken; the message says why and what to do."""


def max_bytes() -> int:
    limit = getattr(settings, MAX_BYTES_SETTING, DEFAULT_MAX_BYTES)
    if not isinstance(limit, int) or limit <= 0:
        raise ValueError(f"{MAX_BYTES_SETTING} must be a whole number of bytes, more than 0.")
    return limit


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def clean_file_name(name: str) -> str:
    """The uploader's file name, safe to show and to send back: no folders, no control
    characters, no quotes, at most 200 characters with its extension kept."""
    name = os.path.basename((name or "").replace("\\", "/"))
    name = unicodedata.normalize("NFC", name)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C" and c not in '"<>')
    name = name.strip().strip(".") or "evidence"
    stem, ext = os.path.splitext(name)
    return stem[: 200 - len(ext)] + ext


def kind_of(name: str) -> FileKind | None:
    return ALLOWED.get(os.path.splitext(name)[1].lower())


def _is_text(head: bytes) -> bool:
    if b"\x00" in head or HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return False
    try:
        # A multi-byte character may be cut at the end of the sample.
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def _zip_holds(path: Path, member: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def content_matches(path: Path, ext: str) -> bool:
    """Whether the file's bytes are what its extension says (content sniffing)."""
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if ext == ".pdf":
        return head.startswith(b"%PDF-")
    if ext == ".png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if ext in (".jpg", ".jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if ext in (".doc", ".xls"):
        return head.startswith(OLE2)
    if ext == ".docx":
        return head.startswith(ZIP) and _zip_holds(path, "word/document.xml")
    if ext == ".xlsx":
        return head.startswith(ZIP) and _zip_holds(path, "xl/workbook.xml")
    if ext in (".csv", ".txt"):
        return _is_text(head)
    return False


def evidence_dir() -> Path:
    folder = settings.WORKSPACE.root / "evidence"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def evidence_path(stored_name: str) -> Path:
    """Where a stored file is; the name is ours (hex), checked so it cannot climb out."""
    if not re.fullmatch(r"[0-9a-f]{32}", stored_name or ""):
        raise FileNotFoundError("Not a stored evidence file.")
    return evidence_dir() / stored_name


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    stored_name: str
    content_type: str
    size: int
    sha256: str


def file_store(upload) -> StoredFile:
    """Check an uploaded file and keep it in the workspace; raise EvidenceFileError if refused.

    ``upload`` is a Django ``UploadedFile`` (anything with ``name``, ``size`` and
    ``chunks()``). Nothing is left behind when the file is refused.
    """
    name = clean_file_name(upload.name)
    kind = kind_of(name)
    if kind is None:
        raise EvidenceFileError(UNSUPPORTED_TYPE.format(name=name))
    limit = max_bytes()
    if upload.size is not None and upload.size > limit:
        raise EvidenceFileError(TOO_LARGE.format(name=name, limit=size_label(limit)))
    stored_name, size, sha256 = checked_write(
        upload,
        folder=evidence_dir(),
        limit=limit,
        extension=os.path.splitext(name)[1].lower(),
        too_large=EvidenceFileError(TOO_LARGE.format(name=name, limit=size_label(limit))),
        empty=EvidenceFileError(EMPTY_FILE.format(name=name)),
        mismatch=EvidenceFileError(CONTENT_MISMATCH.format(name=name, kind=kind.label)),
    )
    return StoredFile(name, stored_name, kind.content_type, size, sha256)


def checked_write(
    upload,
    *,
    folder: Path,
    limit: int,
    extension: str,
    too_large: Exception,
    empty: Exception,
    mismatch: Exception,
) -> tuple[str, int, str]:
    """Stream an upload into ``folder`` under a random name, checking as it goes.

    Refuses (raising the given exception, leaving nothing behind) a file over
    ``limit`` bytes, whatever size the browser claimed, an empty file, or one
    whose first bytes are not what ``extension`` says. Returns the stored
    name, the size and the SHA-256. Action evidence and policy documents both
    keep their files this way.
    """
    stored_name = uuid.uuid4().hex
    path = folder / stored_name
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "xb") as out:
            os.chmod(path, 0o600)
            for chunk in upload.chunks():
                size += len(chunk)
                if size > limit:  # the size the browser gave can lie
                    raise too_large
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise empty
        if not content_matches(path, extension):
            raise mismatch
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return stored_name, size, digest.hexdigest()


def file_discard(stored_name: str) -> None:
    """Remove a stored file (when the record that names it was not saved)."""
    try:
        evidence_path(stored_name).unlink(missing_ok=True)
    except FileNotFoundError:
        pass

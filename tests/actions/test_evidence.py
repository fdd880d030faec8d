"""Evidence files: only the allowed types, by extension AND content; a size limit;
kept in the workspace with a random name; nothing left behind when refused."""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile

import openpyxl
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from safeboard.access.roles import Role
from safeboard.actions import evidence, services
from safeboard.actions.models import ActionEvidence

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
OLE2 = evidence.OLE2 + b"\x00" * 32
HTML = b"<!DOCTYPE html><html><script>alert(1)</script></html>"


def _zip(*members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for member in members:
            archive.writestr(member, "<x/>")
    return buffer.getvalue()


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active["A1"] = "Evidence"
    book.save(buffer)
    return buffer.getvalue()


def _stored_files() -> set[str]:
    folder = settings.WORKSPACE.root / "evidence"
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("report.pdf", PDF, "application/pdf"),
        ("minutes.docx", _zip("word/document.xml"), evidence.ALLOWED[".docx"].content_type),
        ("old.doc", OLE2, "application/msword"),
        ("tracker.xlsx", _xlsx(), evidence.ALLOWED[".xlsx"].content_type),
        ("old.xls", OLE2, "application/vnd.ms-excel"),
        ("figures.csv", b"agency,done\nPolice,3\n", "text/csv; charset=utf-8"),
        ("note.TXT", "Caf\u00e9 r\u00e9sum\u00e9\n".encode(), "text/plain; charset=utf-8"),
        ("win.txt", "Caf\u00e9\n".encode("cp1252"), "text/plain; charset=utf-8"),
        ("chart.png", PNG, "image/png"),
        ("photo.jpeg", JPEG, "image/jpeg"),
        ("photo.jpg", JPEG, "image/jpeg"),
    ],
)
def test_allowed_files_are_kept(plans, users, name, content, content_type):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    item = services.evidence_add(
        user=users[Role.AGENCY_LEAD], action=plans.actions["a2"], text="Shows it.", upload=upload
    )
    item.refresh_from_db()
    assert item.file_name == name
    # the content type comes from the extension, never from what the browser said
    assert item.content_type == content_type
    assert (item.size, item.sha256) == (len(content), hashlib.sha256(content).hexdigest())
    path = evidence.evidence_path(item.stored_name)
    assert path.read_bytes() == content
    assert path.parent == settings.WORKSPACE.root / "evidence"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "." not in item.stored_name


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("run.exe", b"MZ\x90\x00", "run.exe is not a type of file evidence can be"),
        ("page.html", HTML, "page.html is not a type of file evidence can be"),
        ("drawing.svg", b"<svg/>", "drawing.svg is not a type of file evidence can be"),
        ("no-extension", PDF, "no-extension is not a type of file evidence can be"),
        ("page.txt", HTML, "page.txt does not contain what its name says (plain text)"),
        ("page.csv", b"  <script>alert(1)</script>", "page.csv does not contain what its name"),
        ("page.pdf", HTML, "page.pdf does not contain what its name says (PDF)"),
        ("image.png", JPEG, "image.png does not contain what its name says (PNG)"),
        ("fake.docx", _zip("xl/workbook.xml"), "fake.docx does not contain what its name"),
        ("fake.xlsx", _zip("word/document.xml"), "fake.xlsx does not contain what its name"),
        ("broken.docx", b"PK\x03\x04 not a zip", "broken.docx does not contain what its name"),
        ("binary.txt", b"abc\x00def", "binary.txt does not contain what its name"),
        ("empty.pdf", b"", "empty.pdf is empty: choose the file again."),
    ],
)
def test_refused_files_store_nothing(plans, users, name, content, message):
    before = _stored_files()
    with pytest.raises(ValidationError) as error:
        services.evidence_add(
            user=users[Role.BUSINESS_UNIT],
            action=plans.actions["a2"],
            text="Shows it.",
            upload=SimpleUploadedFile(name, content, content_type="application/pdf"),
        )
    assert message in error.value.message_dict["upload"][0]
    assert not ActionEvidence.objects.exists()
    assert _stored_files() == before


@override_settings(SAFEBOARD_EVIDENCE_MAX_BYTES=100)
def test_the_size_limit_comes_from_the_setting(plans, users):
    action, user = plans.actions["a2"], users[Role.BUSINESS_UNIT]
    exactly = PDF + b"%" * (100 - len(PDF))
    services.evidence_add(
        user=user, action=action, text="At the limit.", upload=SimpleUploadedFile("ok.pdf", exactly)
    )
    before = _stored_files()
    with pytest.raises(ValidationError) as error:
        services.evidence_add(
            user=user,
            action=action,
            text="One byte over.",
            upload=SimpleUploadedFile("big.pdf", exactly + b"%"),
        )
    assert error.value.message_dict["upload"] == [
        "big.pdf is larger than 100 bytes: upload a smaller file, or split it."
    ]
    assert _stored_files() == before
    assert ActionEvidence.objects.count() == 1


class _LyingUpload(SimpleUploadedFile):
    """Says it is small; its chunks say otherwise."""

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, value):
        pass


@override_settings(SAFEBOARD_EVIDENCE_MAX_BYTES=100)
def test_a_size_that_lies_is_caught_while_reading(plans, users):
    before = _stored_files()
    with pytest.raises(ValidationError, match="larger than 100 bytes"):
        services.evidence_add(
            user=users[Role.BUSINESS_UNIT],
            action=plans.actions["a2"],
            text="Big.",
            upload=_LyingUpload("big.pdf", PDF + b"%" * 200),
        )
    assert _stored_files() == before


def test_text_only_evidence_needs_no_file(plans, users):
    item = services.evidence_add(
        user=users[Role.BUSINESS_UNIT], action=plans.actions["a2"], text="Seen at the board."
    )
    second = services.evidence_add(
        user=users[Role.BUSINESS_UNIT], action=plans.actions["a2"], text="And again."
    )
    assert (item.has_file, item.stored_name, second.stored_name) == (False, None, None)
    with pytest.raises(ValidationError) as error:
        services.evidence_add(user=users[Role.BUSINESS_UNIT], action=plans.actions["a2"], text=" ")
    assert error.value.message_dict["text"] == ["Say what the evidence shows."]


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\report.pdf", "report.pdf"),
        ('we"ird<name>\x07.pdf', "weirdname.pdf"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
        ("...", "evidence"),
    ],
)
def test_file_names_are_cleaned(given, kept):
    assert evidence.clean_file_name(given) == kept


@pytest.mark.parametrize("name", ["", "../secrets/django_secret_key", "ABCDEF", "a" * 33])
def test_only_our_own_stored_names_open(name):
    with pytest.raises(FileNotFoundError):
        evidence.evidence_path(name)

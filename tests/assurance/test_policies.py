"""Writing policies: owners, versions, approval superseding, and uploaded documents."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from safeboard.assurance import files, services
from safeboard.assurance.models import Policy, PolicyVersion
from tests.assurance.conftest import COUNCIL, POLICE
from tests.factories import agency

APPROVED = PolicyVersion.Status.APPROVED
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
def threshold(partnership):
    return services.policy_create(
        partnership=partnership,
        title="Threshold document",
        kind=Policy.Kind.THRESHOLD_DOCUMENT,
        owner_agency=agency(COUNCIL),
    )


def _approve(policy, version, on, review, **extra):
    return services.version_add(
        policy=policy,
        number=version,
        status=APPROVED,
        approved_on=on,
        approved_by="Board meeting",
        next_review_on=review,
        **extra,
    )


def stored_files() -> list:
    return sorted(files.policy_files_dir().iterdir())


def test_the_owner_works_for_the_owning_agency(partnership):
    from safeboard.partnership.models import Person

    officer = Person.objects.create(agency=agency(POLICE), full_name="Sam Officer")
    with pytest.raises(ValidationError) as raised:
        services.policy_create(
            partnership=partnership,
            title="Missing children protocol",
            kind=Policy.Kind.PROTOCOL,
            owner_agency=agency(COUNCIL),
            owner=officer,
        )
    assert "Sam Officer works for Testshire Police" in raised.value.message_dict["owner"][0]
    assert not Policy.objects.exists()


def test_approving_a_version_supersedes_the_one_in_force(threshold):
    first = _approve(threshold, "1.0", date(2016, 4, 1), date(2017, 4, 1))
    draft = services.version_add(policy=threshold, number="2.0", changes="New levels of need.")
    services.version_update(version=draft, status=PolicyVersion.Status.IN_CONSULTATION)
    services.version_update(
        version=draft,
        status=APPROVED,
        approved_on=date(2017, 9, 12),
        approved_by="Board meeting of 12 September 2017",
        next_review_on=date(2019, 9, 12),
    )

    first.refresh_from_db()
    draft.refresh_from_db()
    assert (first.status, draft.status) == ("superseded", "approved")
    assert threshold.current_version == draft
    assert threshold.next_review_on == date(2019, 9, 12)
    assert [h.status for h in draft.history.order_by("history_date")] == [
        "draft",
        "in-consultation",
        "approved",
    ]


def test_an_approved_version_needs_its_approval_and_review_dates(threshold):
    with pytest.raises(ValidationError, match="needs its approval date"):
        services.version_add(policy=threshold, number="1.0", status=APPROVED)
    with pytest.raises(ValidationError) as raised:
        _approve(threshold, "1.0", date(2017, 4, 1), date(2017, 4, 1))
    assert "after the approval date" in raised.value.message_dict["next_review_on"][0]
    with pytest.raises(ValidationError, match="has not been approved"):
        services.version_add(policy=threshold, number="1.0", approved_on=date(2017, 4, 1))
    assert not PolicyVersion.objects.exists()


def test_version_numbers_are_once_per_policy(threshold):
    services.version_add(policy=threshold, number="1.0")
    with pytest.raises(ValidationError):
        services.version_add(policy=threshold, number="1.0")


def test_an_approved_version_changes_only_its_review_date_and_link(threshold):
    version = _approve(threshold, "1.0", date(2017, 4, 1), date(2018, 4, 1))

    services.version_update(version=version, next_review_on=date(2018, 10, 1))
    with pytest.raises(ValidationError, match="only its next review date and link"):
        services.version_update(version=version, changes="Rewritten")
    with pytest.raises(ValidationError) as raised:
        services.version_update(version=version, status=PolicyVersion.Status.DRAFT)
    assert "cannot go back to draft" in raised.value.message_dict["status"][0]

    version.refresh_from_db()
    assert (version.next_review_on, version.changes, version.status) == (
        date(2018, 10, 1),
        "",
        "approved",
    )


def test_a_superseded_version_is_kept_as_it_was(threshold):
    first = _approve(threshold, "1.0", date(2016, 4, 1), date(2017, 4, 1))
    _approve(threshold, "2.0", date(2017, 4, 1), date(2018, 4, 1))
    first.refresh_from_db()
    with pytest.raises(ValidationError, match="has been superseded"):
        services.version_update(version=first, next_review_on=date(2020, 1, 1))


def test_a_pdf_is_stored_with_a_random_name(threshold):
    upload = SimpleUploadedFile("Threshold v2 (final).pdf", PDF, content_type="text/html")
    version = services.version_add(policy=threshold, number="2.0", upload=upload)

    assert version.has_file
    assert version.file_name == "Threshold v2 (final).pdf"
    # The type comes from the extension, never from what the browser claimed.
    assert version.content_type == "application/pdf"
    assert version.size == len(PDF)
    path = files.policy_file_path(version.stored_name)
    assert path.read_bytes() == PDF
    assert path.parent == files.policy_files_dir()
    assert path.name == version.stored_name
    assert "." not in path.name


def test_a_word_document_is_taken(threshold):
    upload = SimpleUploadedFile("manual.docx", _docx())
    version = services.version_add(policy=threshold, number="1.0", upload=upload)
    assert version.content_type.endswith("wordprocessingml.document")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("manual.html", b"<html></html>", "is not a PDF or Word file"),
        ("manual.exe", b"MZ\x90\x00", "is not a PDF or Word file"),
        ("manual.pdf", b"<html><script>alert(1)</script></html>", "does not contain what"),
        ("manual.docx", b"PK\x03\x04 not really a zip", "does not contain what"),
        ("manual.pdf", b"", "is empty"),
    ],
)
def test_refused_files_store_nothing(threshold, name, content, message):
    before = stored_files()
    with pytest.raises(ValidationError) as raised:
        services.version_add(
            policy=threshold, number="1.0", upload=SimpleUploadedFile(name, content)
        )
    assert message in raised.value.message_dict["upload"][0]
    assert stored_files() == before
    assert not PolicyVersion.objects.exists()


def test_a_file_over_the_limit_is_refused(threshold, settings):
    settings.SAFEBOARD_POLICY_MAX_BYTES = 20
    before = stored_files()
    upload = SimpleUploadedFile("manual.pdf", PDF)  # 49 bytes
    with pytest.raises(ValidationError) as raised:
        services.version_add(policy=threshold, number="1.0", upload=upload)
    assert "manual.pdf is larger than 20 bytes" in raised.value.message_dict["upload"][0]
    assert stored_files() == before


def test_the_file_is_discarded_when_the_version_is_not_saved(threshold):
    services.version_add(policy=threshold, number="1.0")
    before = stored_files()
    with pytest.raises(ValidationError):  # the version number is taken
        services.version_add(
            policy=threshold, number="1.0", upload=SimpleUploadedFile("m.pdf", PDF)
        )
    assert stored_files() == before


def test_an_approved_versions_document_is_not_replaced(threshold):
    version = _approve(
        threshold,
        "1.0",
        date(2017, 4, 1),
        date(2018, 4, 1),
        upload=SimpleUploadedFile("v1.pdf", PDF),
    )
    with pytest.raises(ValidationError) as raised:
        services.version_update(version=version, upload=SimpleUploadedFile("v1b.pdf", PDF))
    assert "cannot be replaced" in raised.value.message_dict["upload"][0]


def test_stored_names_cannot_climb_out():
    for name in ("../secrets/django_secret_key", "", "ABCDEF", "a" * 31):
        with pytest.raises(FileNotFoundError):
            files.policy_file_path(name)

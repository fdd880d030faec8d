"""Bad and hostile CSV and zip input: each class refused (or read) with a message to act on.

Every refusal asserts its message and that nothing stored changed: the
snapshot rows and every file under the workspace's snapshots folder, with a
snapshot already there to be disturbed.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from safeboard.returns.pipeline import Status, return_import
from safeboard.returns.pseudonymise import Pseudonymiser
from tests.returns.test_ssda903_import import (
    EXTRACTS,
    OLD,
    snapshot_tables,
    stored_state,
    use_fresh_workspace,
)

CONTACTS_HEADER = "Child Unique ID,Date of Contact,Gender,Contact Source\n"


@pytest.fixture
def workspace(settings, tmp_path):
    workspace = use_fresh_workspace(settings, tmp_path)
    kept = return_import(kind="baseline", paths=[EXTRACTS / "baseline.csv"])
    assert kept.status is Status.IMPORTED
    return workspace


def _refused(kind: str, paths: list[Path], **options):
    """Import, assert it was refused and that nothing stored changed; the findings."""
    before = stored_state()
    assert before[0] == 1
    assert before[1]
    result = return_import(kind=kind, paths=paths, **options)
    assert result.status is Status.REFUSED, [f.describe() for f in result.findings]
    assert result.exit_code == 2
    assert stored_state() == before
    return result


def _error(result):
    # DfE's validation rules may report on the same rows; they do not refuse a file.
    [error] = result.blocking
    return error


def _bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text(tmp_path: Path, name: str, text: str) -> Path:
    return _bytes(tmp_path, name, text.encode("utf-8"))


def _contacts(tmp_path: Path, rows: str, header: str = CONTACTS_HEADER, name="contacts.csv"):
    return _text(tmp_path, name, header + rows)


def _episodes(tmp_path: Path, replace: tuple[str, str]) -> Path:
    text = (OLD / "episodes.csv").read_text().replace(*replace)
    assert text != (OLD / "episodes.csv").read_text()
    return _text(tmp_path, "episodes.csv", text)


# ---- columns ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_missing_column(workspace, tmp_path):
    path = _contacts(tmp_path, "C-1,Female\n", header="Child Unique ID,Gender\n")
    error = _error(_refused("contacts", [path]))
    assert error.rule == "SB-COLUMNS"
    assert error.message == "The required column Date of Contact is missing."
    assert (error.file, error.position, error.field) == (
        "contacts.csv",
        "line 1",
        "Date of Contact",
    )


@pytest.mark.django_db
def test_a_duplicated_column(workspace, tmp_path):
    path = _contacts(
        tmp_path,
        "C-1,01/04/2017,Female,Female\n",
        header="Child Unique ID,Date of Contact,Gender,Gender\n",
    )
    error = _error(_refused("contacts", [path]))
    assert error.message == "The column Gender appears more than once."
    assert error.guidance == "Keep one column of each name and export again."


@pytest.mark.django_db
def test_a_misspelt_column_is_named_with_the_right_name(workspace, tmp_path):
    path = _contacts(tmp_path, "C-1,01/04/2017\n", header="Child Unique ID,Date of Contcat\n")
    error = _error(_refused("contacts", [path]))
    assert error.message == (
        "The required column Date of Contact is missing. "
        "'Date of Contcat' looks like a misspelling of 'Date of Contact'."
    )


@pytest.mark.django_db
def test_a_misspelt_903_column(workspace, tmp_path):
    path = _episodes(tmp_path, ("CHILD,DECOM,", "CHILD,DECCOM,"))
    error = _error(_refused("ssda903", [OLD / "header.csv", path], collection_year=2018))
    assert error.rule == "SB-COLUMNS"
    assert error.message == (
        "The columns match no SSDA903 table. The nearest is Episodes: it lacks DECOM and it "
        "has DECCOM too. 'DECCOM' looks like a misspelling of 'DECOM'."
    )
    assert (error.file, error.table, error.position) == ("episodes.csv", "Episodes", "line 1")


@pytest.mark.django_db
def test_an_unknown_903_table(workspace, tmp_path):
    path = _text(tmp_path, "colours.csv", "CHILD,DOB,FAVOURITE_COLOUR\nC-1,01/01/2010,blue\n")
    error = _error(_refused("ssda903", [OLD, path], collection_year=2018))
    assert error.message == (
        "The columns match no SSDA903 table. The nearest is Reviews: it lacks REVIEW, "
        "REVIEW_CODE and it has FAVOURITE_COLOUR too."
    )
    assert error.file == "colours.csv"
    assert "exactly the columns of one table" in error.guidance


# ---- empty and near-empty files --------------------------------------------------------


@pytest.mark.django_db
def test_an_empty_file(workspace, tmp_path):
    path = _bytes(tmp_path, "contacts.csv", b"")
    error = _error(_refused("contacts", [path]))
    assert error.rule == "SB-FILE"
    assert error.message == "The file is empty."
    assert error.file == "contacts.csv"


@pytest.mark.django_db
def test_a_header_only_file(workspace, tmp_path):
    path = _contacts(tmp_path, "")
    error = _error(_refused("contacts", [path]))
    assert error.message == "The file has a header row but no rows of data."
    assert error.file == "contacts.csv"


# ---- encodings -------------------------------------------------------------------------

ACCENTED = "C-1,01/04/2017,Female,Hôpital Sainte-Zoë\nC-2,2017-04-02,Male,École Saint-Loïc\n"


def _sources(result) -> list[str]:
    return [row["contact_source"] for row in snapshot_tables(result.snapshot)["contacts"]]


@pytest.mark.django_db
def test_utf8_with_a_bom_is_read_without_a_warning(workspace, tmp_path):
    data = codecs.BOM_UTF8 + (CONTACTS_HEADER + ACCENTED).encode("utf-8")
    result = return_import(kind="contacts", paths=[_bytes(tmp_path, "contacts.csv", data)])
    assert result.status is Status.IMPORTED
    assert result.findings == []
    assert _sources(result) == ["Hôpital Sainte-Zoë", "École Saint-Loïc"]
    first = snapshot_tables(result.snapshot)["contacts"][0]
    assert first["child"] == Pseudonymiser.for_workspace(django_settings.WORKSPACE).child("C-1")


@pytest.mark.django_db
def test_utf16_with_a_bom_is_read_without_a_warning(workspace, tmp_path):
    data = (CONTACTS_HEADER + ACCENTED).encode("utf-16")  # with its BOM
    assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    result = return_import(kind="contacts", paths=[_bytes(tmp_path, "contacts.csv", data)])
    assert result.status is Status.IMPORTED
    assert result.findings == []
    assert _sources(result) == ["Hôpital Sainte-Zoë", "École Saint-Loïc"]


@pytest.mark.django_db
def test_utf16_without_a_bom_is_read_with_a_warning(workspace, tmp_path):
    data = (CONTACTS_HEADER + ACCENTED).encode("utf-16-le")
    result = return_import(kind="contacts", paths=[_bytes(tmp_path, "contacts.csv", data)])
    assert result.status is Status.IMPORTED
    [warning] = result.findings
    assert warning.rule == "SB-ENCODING"
    assert warning.message == (
        "The file is UTF-16 without a byte order mark; it was read as UTF-16-LE."
    )
    assert _sources(result) == ["Hôpital Sainte-Zoë", "École Saint-Loïc"]


@pytest.mark.django_db
def test_latin1_is_read_with_a_warning_and_accents_intact(workspace, tmp_path):
    data = (CONTACTS_HEADER + ACCENTED).encode("latin-1")
    result = return_import(kind="contacts", paths=[_bytes(tmp_path, "contacts.csv", data)])
    assert result.status is Status.IMPORTED
    assert result.exit_code == 1
    [warning] = result.findings
    assert warning.rule == "SB-ENCODING"
    assert warning.message.startswith("The file is not UTF-8; it was read as Windows-1252")
    assert warning.file == "contacts.csv"
    assert _sources(result) == ["Hôpital Sainte-Zoë", "École Saint-Loïc"]


# ---- values ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_impossible_date(workspace, tmp_path):
    path = _episodes(tmp_path, ("30/06/2017,S", "30/02/2017,S"))
    error = _error(_refused("ssda903", [OLD / "header.csv", path], collection_year=2018))
    assert error.rule == "SB-TYPE"
    assert error.message == "DECOM: '30/02/2017' is not a real date."
    assert (error.file, error.table, error.field, error.position) == (
        "episodes.csv",
        "Episodes",
        "DECOM",
        "line 4",
    )
    assert error.child == Pseudonymiser.for_workspace(django_settings.WORKSPACE).child("C903-2002")


@pytest.mark.django_db
def test_a_date_in_the_wrong_format(workspace, tmp_path):
    path = _episodes(tmp_path, ("30/06/2017,S", "2017/06/30,S"))
    error = _error(_refused("ssda903", [OLD / "header.csv", path], collection_year=2018))
    assert error.message == (
        "DECOM: '2017/06/30' is not a date in the form DD/MM/YYYY, for example 31/03/2018."
    )
    assert error.position == "line 4"


@pytest.mark.django_db
def test_an_extract_date_in_neither_style(workspace, tmp_path):
    path = _contacts(tmp_path, "C-1,2017/04/30,Female,Police\n")
    error = _error(_refused("contacts", [path]))
    assert error.message == (
        "Date of Contact: '2017/04/30' is not a date in the form DD/MM/YYYY or YYYY-MM-DD, "
        "for example 31/03/2018."
    )


@pytest.mark.django_db
def test_an_unknown_code(workspace, tmp_path):
    path = _episodes(tmp_path, (",H5,", ",Q9,"))
    error = _error(_refused("ssda903", [OLD / "header.csv", path], collection_year=2018))
    assert error.rule == "SB-CODE"
    assert error.message == "PLACE 'Q9' is not a code of this collection year."
    assert (error.field, error.position, error.value) == ("PLACE", "line 3", "Q9")


@pytest.mark.django_db
def test_too_many_values_on_a_line(workspace, tmp_path):
    path = _contacts(tmp_path, "C-1,01/04/2017,Female,Police\nC-2,02/04/2017,Male,Police,extra\n")
    error = _error(_refused("contacts", [path]))
    assert error.rule == "SB-CSV"
    assert error.message == "Line 3 has 5 values but the header names 4 columns."
    assert error.position == "line 3"


# ---- sizes and zips --------------------------------------------------------------------


@pytest.mark.django_db
def test_a_file_over_the_size_limit(workspace, settings):
    settings.SAFEBOARD_MAX_IMPORT_BYTES = 100
    error = _error(_refused("contacts", [EXTRACTS / "contacts.csv"]))
    size = (EXTRACTS / "contacts.csv").stat().st_size
    assert error.message == f"The file is {size:,} bytes, over the limit of 100 bytes."
    assert "SAFEBOARD_MAX_IMPORT_BYTES" in error.guidance


@pytest.mark.django_db
def test_a_zip_with_a_path_traversal_member(workspace, tmp_path):
    target = tmp_path / "903.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.write(OLD / "header.csv", "header.csv")
        archive.writestr("../evil.csv", (OLD / "episodes.csv").read_text())
    error = _error(_refused("ssda903", [target], collection_year=2018))
    assert error.message == (
        "The zip holds a file named '../evil.csv', whose path leads outside the zip."
    )
    assert error.file == "903.zip"
    assert not (tmp_path / "evil.csv").exists()


@pytest.mark.django_db
def test_a_zip_bomb(workspace, tmp_path):
    target = tmp_path / "903.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(OLD / "header.csv", "header.csv")
        archive.writestr("episodes.csv", b"\0" * (50 * 1024 * 1024))
    assert target.stat().st_size < 1024 * 1024
    error = _error(_refused("ssda903", [target], collection_year=2018))
    assert error.message.startswith("The zip would expand far beyond a real return")
    assert error.file == "903.zip"

"""SSDA903 imports from hand-made fixtures: every table, every way of giving the files."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from django.conf import settings as django_settings
from django.db import transaction

from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import LOCK_FILE, Status, return_import
from safeboard.returns.pseudonymise import Pseudonymiser
from safeboard.validation.registry import rules_for
from safeboard.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
FULL = FIXTURES / "ssda903" / "2027"  # every table, collection year 2026-27
OLD = FIXTURES / "ssda903" / "2018"  # Header and Episodes, collection year 2017-18
EXTRACTS = FIXTURES / "extracts"

FULL_COUNTS = {
    "Header": 6,
    "Episodes": 7,
    "Reviews": 3,
    "UASC": 1,
    "OC2": 2,
    "OC3": 1,
    "AD1": 1,
    "PlacedAdoption": 1,
    "PrevPerm": 2,
    "Missing": 3,
    "SWEpisodes": 2,
    "DoLo": 1,
}
FULL_CHILDREN = [f"C903-100{n}" for n in range(1, 7)]


# ---- helpers shared with the other return tests ----------------------------------------


def use_fresh_workspace(settings, tmp_path) -> Workspace:
    workspace = Workspace(tmp_path / "workspace").ensure()
    settings.WORKSPACE = workspace
    return workspace


def snapshot_tables(snapshot: Snapshot) -> dict[str, list[dict]]:
    """Every table of a snapshot as rows (Parquet read back), in file order."""
    folder = django_settings.WORKSPACE.snapshots_dir / snapshot.folder
    return {path.stem: pq.read_table(path).to_pylist() for path in sorted(folder.glob("*.parquet"))}


def stored_state() -> tuple[int, list[str]]:
    """What an import may change: the snapshot rows and every file under snapshots/."""
    root = django_settings.WORKSPACE.snapshots_dir
    files = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and path.name != LOCK_FILE
    )
    return Snapshot.objects.count(), files


def importer_findings(result) -> list:
    """The importer's own findings. DfE's validation rules also report on these hand-made
    files (their tests are in tests/validation); their errors do not refuse a file."""
    dfe = {r.code for r in rules_for("ssda903")}
    return [f for f in result.findings if f.rule not in dfe]


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, prefix + path.name)
    return target


# ---- tests -------------------------------------------------------------------------------


@pytest.fixture
def workspace(settings, tmp_path):
    return use_fresh_workspace(settings, tmp_path)


@pytest.mark.django_db
def test_every_table_imports_from_a_folder(workspace):
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)

    assert result.status is Status.IMPORTED
    assert importer_findings(result) == []
    assert result.blocking == []
    assert result.exit_code == (1 if result.findings else 0)
    assert result.row_counts == FULL_COUNTS
    assert result.collection_year == 2027
    assert result.as_at == date(2027, 3, 31)  # the end of the collection year
    snapshot = Snapshot.objects.get()
    assert snapshot.row_counts == FULL_COUNTS
    assert snapshot.total_rows == 30
    assert len(snapshot.files) == 12
    tables = snapshot_tables(snapshot)
    assert {name: len(rows) for name, rows in tables.items()} == FULL_COUNTS
    # A file is recognised by its columns, not its name: export_07.csv is AD1.
    assert tables["AD1"][0]["LS_ADOPTR"] == "L11"
    assert tables["OC2"][0]["SDQ_SCORE"] == 14
    assert tables["Episodes"][1]["_position"] == "line 3"


def _imported_then_forgotten(paths) -> dict[str, list[dict]]:
    """Import, read the snapshot back, then roll the database back (the files are orphaned)."""
    with transaction.atomic():
        result = return_import(kind="ssda903", paths=paths, collection_year=2027)
        assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
        assert result.row_counts == FULL_COUNTS
        content = snapshot_tables(result.snapshot)
        transaction.set_rollback(True)
    return content


@pytest.mark.django_db
def test_a_folder_a_zip_and_single_files_give_the_same_snapshot(workspace, tmp_path):
    from_folder = _imported_then_forgotten([FULL])
    from_zip = _imported_then_forgotten([zip_folder(FULL, tmp_path / "903.zip")])
    nested = _imported_then_forgotten([zip_folder(FULL, tmp_path / "nested.zip", "ssda903/")])
    singles = _imported_then_forgotten(sorted(FULL.glob("*.csv"), reverse=True))

    assert from_folder == from_zip == nested == singles
    assert len(from_folder["Episodes"]) == 7


@pytest.mark.django_db
def test_the_same_files_again_are_a_no_op(workspace, tmp_path):
    first = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    again = return_import(kind="ssda903", paths=sorted(FULL.glob("*.csv")), collection_year=2027)
    assert again.status is Status.DUPLICATE
    assert again.snapshot == first.snapshot
    assert Snapshot.objects.count() == 1


@pytest.mark.django_db
def test_child_pseudonyms_are_those_of_the_workspace_so_cin_and_903_link(workspace):
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    tables = snapshot_tables(result.snapshot)
    pseudonymiser = Pseudonymiser.for_workspace(django_settings.WORKSPACE)

    assert [row["child"] for row in tables["Header"]] == [
        pseudonymiser.child(raw) for raw in FULL_CHILDREN
    ]
    # Every table names the child by the same pseudonym.
    assert {row["child"] for row in tables["Missing"]} == {
        pseudonymiser.child("C903-1001"),
        pseudonymiser.child("C903-1002"),
    }
    assert tables["DoLo"][0]["child"] == pseudonymiser.child("C903-1004")
    assert all("CHILD" not in row for rows in tables.values() for row in rows)


@pytest.mark.django_db
def test_postcodes_keep_their_outward_code_and_birth_dates_their_month(workspace):
    tables = snapshot_tables(
        return_import(kind="ssda903", paths=[FULL], collection_year=2027).snapshot
    )
    episodes = tables["Episodes"]
    assert [row["HOME_POST"] for row in episodes] == [
        "CV34", "CV34", "CV11", "CV21", "CV21", None, "CV34",
    ]  # fmt: skip
    assert [row["PL_POST"] for row in episodes] == [
        "CV31", "B15", "CV10", "CV22", "CV22", None, "CV35",
    ]  # fmt: skip
    header = tables["Header"]
    assert [row["DOB"] for row in header] == [
        date(2012, 5, 1),
        date(2009, 11, 1),
        date(2020, 2, 1),
        date(2008, 7, 1),
        date(2010, 1, 1),
        date(2007, 4, 1),
    ]
    assert header[4]["MC_DOB"] == date(2026, 9, 1)
    assert tables["Reviews"][0]["DOB"] == date(2012, 5, 1)
    # Other dates stay exact.
    assert episodes[0]["DECOM"] == date(2025, 6, 12)
    assert tables["Missing"][0]["MIS_END"] == date(2027, 1, 26)
    # The UPN is dropped: only whether one was given is kept. UN1-UN5 say why
    # there is none (rule 168), so they are not a UPN given.
    assert "UPN" not in header[0]
    assert [row["UPN_given"] for row in header] == [True, False, False, False, False, False]
    # What DfE's UPN rules need is kept instead: whether it is well formed (168) and
    # which "unknown" code it is (209, 210). Neither is a column of the file.
    assert [row["UPN_VALID"] for row in header] == [True, True, None, True, None, None]
    assert [row["UPN_UNKNOWN"] for row in header] == [None, "UN1", None, "UN2", None, None]
    # A real UPN (not a UN code) is kept as its keyed hash with the workspace's key, in
    # a domain of its own (rules 208 and 444).
    pseudonymiser = Pseudonymiser.for_workspace(django_settings.WORKSPACE)
    upn = pseudonymiser.child("\x00UPN\x00A123456789012")
    assert [row["UPN_PSEUDONYM"] for row in header] == [upn, None, None, None, None, None]
    assert upn != pseudonymiser.child("A123456789012")  # not a child id's pseudonym
    assert "123456789012" not in upn
    # And of the postcodes, whether each is a full postcode (392c) and whether home and
    # placement are the same (392d): "CV35" is only an outward code.
    assert [row["PL_POST_VALID"] for row in episodes] == [True, True, True, True, True, None, False]
    assert [row["HOME_POST_VALID"] for row in episodes] == [True] * 5 + [None, True]
    assert [row["SAME_POSTCODE"] for row in episodes] == [False] * 5 + [None, False]


@pytest.mark.django_db
def test_code_lists_are_those_of_the_collection_year(workspace):
    old = return_import(kind="ssda903", paths=[OLD], collection_year=2018)
    assert old.status is Status.IMPORTED
    assert importer_findings(old) == []
    assert old.row_counts["Header"] == 2
    assert old.row_counts["Episodes"] == 3
    assert old.as_at == date(2018, 3, 31)

    # The same 2017-18 codes are refused as a 2026-27 return: sex 1/2, H5, E43.
    checked = return_import(kind="ssda903", paths=[OLD], collection_year=2027, validate_only=True)
    assert checked.status is Status.REFUSED
    codes = sorted((f.field, f.position, f.message) for f in checked.blocking)
    assert codes == [
        ("PLACE", "line 3", "PLACE 'H5' is not a code of this collection year."),
        ("REC", "line 4", "REC 'E43' is not a code of this collection year."),
        ("SEX", "line 2", "SEX '1' is not a code of this collection year."),
        ("SEX", "line 3", "SEX '2' is not a code of this collection year."),
    ]
    assert {f.rule for f in checked.blocking} == {"SB-CODE"}
    assert {f.file for f in checked.blocking} == {"header.csv", "episodes.csv"}

    # And the 2026-27 codes (M/F, K3) are refused as a 2017-18 return.
    backwards = return_import(
        kind="ssda903", paths=[FULL], collection_year=2018, validate_only=True
    )
    assert sorted({f.value for f in backwards.blocking}) == ["F", "K3", "M"]
    assert len(backwards.blocking) == 8  # six sexes in Header, one in UASC and K3
    assert Snapshot.objects.count() == 1


@pytest.mark.django_db
def test_without_a_collection_year_the_return_is_refused(workspace):
    before = stored_state()
    result = return_import(kind="ssda903", paths=[OLD])

    assert result.status is Status.REFUSED
    assert result.exit_code == 2
    [error] = result.blocking
    assert error.rule == "SB-YEAR"
    assert error.message == (
        "The collection year is not known: SSDA903 files do not say which year they are for."
    )
    assert "--year 2018" in error.guidance
    assert stored_state() == before


@pytest.mark.django_db
def test_a_header_only_table_is_an_empty_table(workspace, tmp_path):
    folder = tmp_path / "903"
    shutil.copytree(OLD, folder)
    (folder / "ad1.csv").write_text((FULL / "export_07.csv").read_text().splitlines()[0] + "\n")

    result = return_import(kind="ssda903", paths=[folder], collection_year=2018)
    assert result.status is Status.IMPORTED
    assert result.row_counts["AD1"] == 0
    assert result.row_counts["Episodes"] == 3


@pytest.mark.django_db
def test_files_with_headers_only_are_refused(workspace, tmp_path):
    folder = tmp_path / "903"
    folder.mkdir()
    for name in ("header.csv", "episodes.csv"):
        (folder / name).write_text((OLD / name).read_text().splitlines()[0] + "\n")
    before = stored_state()

    result = return_import(kind="ssda903", paths=[folder], collection_year=2018)
    assert result.status is Status.REFUSED
    [error] = result.errors
    assert error.message == "None of the files holds any rows, only headers."
    assert error.file == "episodes.csv, header.csv"
    assert stored_state() == before


@pytest.mark.django_db
def test_two_files_for_one_table_are_refused(workspace, tmp_path):
    copy = tmp_path / "episodes_again.csv"
    shutil.copy(OLD / "episodes.csv", copy)
    before = stored_state()

    result = return_import(kind="ssda903", paths=[OLD, copy], collection_year=2018)
    assert result.status is Status.REFUSED
    [error] = result.errors
    assert error.rule == "SB-TABLES"
    assert error.message == "Both episodes.csv and episodes_again.csv hold the Episodes table."
    assert stored_state() == before


@pytest.mark.django_db
def test_a_return_without_its_header_table_is_kept_with_a_warning(workspace):
    result = return_import(kind="ssda903", paths=[OLD / "episodes.csv"], collection_year=2018)
    assert result.status is Status.IMPORTED
    assert result.exit_code == 1
    [warning] = result.warnings
    assert warning.message == "No file holds the Header table."
    assert result.row_counts["Header"] == 0
    assert result.row_counts["Episodes"] == 3


@pytest.mark.django_db
def test_an_episode_that_ends_before_it_starts_is_refused(workspace, tmp_path):
    episodes = tmp_path / "episodes.csv"
    text = (OLD / "episodes.csv").read_text().replace("15/01/2018,E43", "15/01/2016,E43")
    episodes.write_text(text)
    pseudonym = Pseudonymiser.for_workspace(django_settings.WORKSPACE).child("C903-2002")

    result = return_import(
        kind="ssda903", paths=[OLD / "header.csv", episodes], collection_year=2018
    )
    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert error.rule == "SB-DATE-ORDER"
    assert error.message == "DEC is before DECOM."
    assert (error.file, error.table, error.position, error.child) == (
        "episodes.csv",
        "Episodes",
        "line 4",
        pseudonym,
    )
    assert error.value == "2016-01-15"


def _strings_in_parquet(path: Path) -> str:
    table = pq.read_table(path)
    return "\n".join(str(value) for column in table.to_pydict().values() for value in column)


@pytest.mark.django_db
def test_no_raw_child_id_or_upn_is_kept_anywhere(workspace, tmp_path):
    # Findings that name children: a refused return and a kept one with warnings.
    bad = tmp_path / "bad"
    shutil.copytree(FULL, bad)
    episodes = bad / "episodes.csv"
    episodes.write_text(episodes.read_text().replace(",K2,", ",Q9,").replace(",V2,", ",XX,"))
    refused = return_import(kind="ssda903", paths=[bad], collection_year=2027)
    assert refused.status is Status.REFUSED
    assert len(refused.blocking) == 4
    assert all(f.child for f in refused.errors)

    imported = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    duplicates = return_import(kind="characteristics", paths=[EXTRACTS / "characteristics.csv"])
    contacts = return_import(kind="contacts", paths=[EXTRACTS / "contacts.csv"])
    assert imported.status is duplicates.status is contacts.status is Status.IMPORTED
    assert duplicates.warnings
    assert all(f.child for f in duplicates.warnings)

    secrets = ["A123456789012", *FULL_CHILDREN, "C903-3001"]
    findings = refused.findings + imported.findings + duplicates.findings + contacts.findings
    said = "\n".join(str(f.as_dict()) for f in findings)
    said += "\n".join(str(s.__dict__) for s in Snapshot.objects.all())
    files = [p for p in Path(django_settings.WORKSPACE.root).rglob("*") if p.is_file()]
    assert any(p.suffix == ".parquet" for p in files)
    for path in files:
        data = path.read_bytes()
        text = _strings_in_parquet(path) if path.suffix == ".parquet" else ""
        for secret in secrets:
            assert secret.encode() not in data, path
            assert secret not in text, path
    for secret in secrets:
        assert secret not in said


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("date_perm", "stored", "rule_632"),
    [
        # DfE allows ZZ for an unknown day or month: kept as the earliest day it can be.
        ("ZZ/03/2015", date(2015, 3, 1), False),
        ("zz/ZZ/2015", date(2015, 1, 1), False),
        ("12/03/2015", date(2015, 3, 12), False),  # a full date, as before
        # C903-1002's care began 20/01/2027: ZZ/01/2027 may be 1-31 January, so it is
        # not surely after care began; ZZ/02/2027 surely is (DfE rule 632).
        ("ZZ/01/2027", date(2027, 1, 1), False),
        ("ZZ/02/2027", date(2027, 2, 1), True),
    ],
)
def test_a_permanence_date_with_unknown_parts_is_kept_not_refused(
    workspace, tmp_path, date_perm, stored, rule_632
):
    folder = tmp_path / "return"
    shutil.copytree(FULL, folder)
    prev_perm = folder / "prev_perm.csv"
    prev_perm.write_text(prev_perm.read_text().replace("12/03/2015", date_perm))

    result = return_import(kind="ssda903", paths=[folder], collection_year=2027)

    assert result.status is Status.IMPORTED, [f.describe() for f in result.blocking]
    assert importer_findings(result) == []
    [row] = [r for r in snapshot_tables(result.snapshot)["PrevPerm"] if r["PREV_PERM"] == "P2"]
    assert row["DATE_PERM"] == stored
    assert any(f.rule == "632" for f in result.findings) is rule_632


@pytest.mark.django_db
def test_a_permanence_date_that_is_no_date_even_with_zz_is_refused(workspace, tmp_path):
    folder = tmp_path / "return"
    shutil.copytree(FULL, folder)
    prev_perm = folder / "prev_perm.csv"
    prev_perm.write_text(prev_perm.read_text().replace("12/03/2015", "ZZ/13/2015"))

    result = return_import(kind="ssda903", paths=[folder], collection_year=2027)

    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert (error.table, error.field, error.value) == ("PrevPerm", "DATE_PERM", "ZZ/13/2015")
    assert "ZZ" in error.message

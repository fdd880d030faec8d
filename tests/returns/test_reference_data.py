"""Reference data: the ONS Postcode Directory, DfE's Ofsted providers' lookup, and the
placement fields (PL_LA, PL_LOCATION, PL_DISTANCE) worked out from them at the door.

The directory fixture (fixtures/reference/onspd.csv) has the directory's own columns,
with made-up grid references; the SSDA903 fixture (fixtures/ssda903/2027) places its
children at those postcodes. The authority is Warwickshire (E10000031), a county: its
districts' postcodes (E07...) have it as their county, Birmingham's (E08000025, a
unitary authority) have none (E99999999).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeboard.partnership.models import LocalAuthority, Partnership
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import Status, related_table_files, return_import
from safeboard.returns.placement_area import (
    Place,
    PlacementArea,
    PostcodeDirectory,
    distance_miles,
    index_path,
    workspace_authority,
)
from tests.returns.test_ssda903_import import (
    FULL,
    snapshot_tables,
    stored_state,
    use_fresh_workspace,
)

REFERENCE = Path(__file__).parent / "fixtures" / "reference"
WARWICKSHIRE = "E10000031"
BIRMINGHAM = "E08000025"


@pytest.fixture
def workspace(settings, tmp_path):
    return use_fresh_workspace(settings, tmp_path)


def _authority(ons_code: str = WARWICKSHIRE) -> None:
    partnership = Partnership.objects.create(name="Warwickshire Partnership", short_name="WSCP")
    LocalAuthority.objects.create(partnership=partnership, name="Warwickshire", ons_code=ons_code)


def _import_directory():
    result = return_import(kind="postcodes", paths=[REFERENCE / "onspd.csv"])
    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    return result


# ---- the directory ---------------------------------------------------------------------


@pytest.mark.django_db
def test_the_directory_keeps_each_postcode_its_authority_country_and_grid_reference(workspace):
    result = _import_directory()
    assert result.findings == []  # the fifty other columns are not reported
    rows = {r["POSTCODE"]: r for r in snapshot_tables(result.snapshot)["postcodes"]}
    assert len(rows) == 10
    # A county district: the county is the upper tier (children's services).
    warwick = rows["CV344RL"]
    assert (warwick["LA_DISTRICT"], warwick["UPPER_TIER"]) == ("E07000222", WARWICKSHIRE)
    assert (warwick["COUNTRY"], warwick["EASTING"], warwick["NORTHING"]) == ("E", 428000, 265000)
    # A unitary authority (no county: E99999999) is its own upper tier.
    assert rows["B152TT"]["UPPER_TIER"] == BIRMINGHAM
    # Scotland and Wales by the country code.
    assert (rows["EH11AA"]["UPPER_TIER"], rows["EH11AA"]["COUNTRY"]) == ("S12000036", "S")
    assert rows["CF101AA"]["COUNTRY"] == "W"
    # A postcode with no grid reference keeps its authority, no coordinates.
    assert (rows["ZZ19ZZ"]["EASTING"], rows["ZZ19ZZ"]["NORTHING"]) == (None, None)


@pytest.mark.django_db
def test_a_directory_without_its_district_column_is_refused_and_nothing_is_stored(
    workspace, tmp_path
):
    _import_directory()
    before = stored_state()
    broken = tmp_path / "onspd.csv"
    lines = (REFERENCE / "onspd.csv").read_text().splitlines()
    broken.write_text("\n".join(line.replace("oslaua", "oslauaa") for line in lines) + "\n")
    result = return_import(kind="postcodes", paths=[broken])
    assert result.status is Status.REFUSED
    (finding,) = result.blocking
    assert finding.file == "onspd.csv"
    assert "oslaua" in finding.message
    assert "misspelling" in finding.message
    assert stored_state() == before


@pytest.mark.django_db
def test_a_grid_reference_that_is_not_a_number_is_named_by_line_and_column(workspace, tmp_path):
    broken = tmp_path / "onspd.csv"
    text = (REFERENCE / "onspd.csv").read_text().replace("431000,265500", "431000,north")
    broken.write_text(text)
    result = return_import(kind="postcodes", paths=[broken])
    (finding,) = [f for f in result.findings if f.field == "osnrth1m" or f.field == "NORTHING"]
    assert finding.position == "line 3"
    assert finding.value == "north"


# ---- the providers' lookup -------------------------------------------------------------


@pytest.mark.django_db
def test_providers_keep_their_codes_as_lists_and_their_authority_from_the_directory(workspace):
    _import_directory()
    result = return_import(kind="providers", paths=[REFERENCE / "providers.csv"])
    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    rows = {r["URN"]: r for r in snapshot_tables(result.snapshot)["providers"]}
    home = rows["SC654321"]
    assert (home["PLACE_CODES"], home["PROVIDER_CODES"]) == ("K2", "PR4")
    assert (home["POSTCODE"], home["LA_CODE"], home["REG_END"]) == ("B152TT", BIRMINGHAM, None)
    closed = rows["SC700123"]
    # "K3/K2" and "PR4 / PR3" as comma-separated lists; the closing date kept.
    assert (closed["PLACE_CODES"], closed["PROVIDER_CODES"]) == ("K3,K2", "PR4,PR3")
    assert closed["REG_END"].isoformat() == "2026-03-31"
    assert closed["LA_CODE"] == WARWICKSHIRE
    # No postcode: no authority.
    assert (rows["SC000001"]["PROVIDER_CODES"], rows["SC000001"]["LA_CODE"]) == ("PR1,PR2", None)


@pytest.mark.django_db
def test_providers_without_a_directory_have_no_authority(workspace):
    result = return_import(kind="providers", paths=[REFERENCE / "providers.csv"])
    rows = snapshot_tables(result.snapshot)["providers"]
    assert [r["LA_CODE"] for r in rows] == [None, None, None]


@pytest.mark.django_db
def test_a_lookup_without_placement_codes_is_refused(workspace, tmp_path):
    broken = tmp_path / "urn-lookup.csv"
    broken.write_text("URN,Placement provider code\nSC1,PR4\n")
    result = return_import(kind="providers", paths=[broken])
    assert result.status is Status.REFUSED
    (finding,) = result.blocking
    assert finding.file == "urn-lookup.csv"
    assert "placement code" in finding.message
    assert Snapshot.objects.count() == 0


@pytest.mark.django_db
def test_ssda903_rules_read_the_newest_lookup_as_ref_providers(workspace):
    return_import(kind="providers", paths=[REFERENCE / "providers.csv"])
    files = related_table_files("ssda903", 2027)
    assert set(files) == {"ref_providers"}
    assert related_table_files("cin", 2027) == {}  # no CIN rule reads it


# ---- the placement fields --------------------------------------------------------------


def test_distance_is_dfes_formula_in_miles_to_one_decimal():
    home = Place(WARWICKSHIRE, "E", 428000, 265000)
    # 3,000 m east and 4,000 m north: 5,000 m = 5 / 1.6093 = 3.107 miles.
    assert distance_miles(home, Place(WARWICKSHIRE, "E", 431000, 269000)) == 3.1
    assert distance_miles(home, home) == 0.0
    assert distance_miles(home, None) is None
    assert distance_miles(home, Place(WARWICKSHIRE, "E", None, None)) is None


def test_outside_england_the_placement_authority_is_the_nation():
    assert Place("S12000036", "S", 1, 1).placement_authority == "SCO"
    assert Place("W06000015", "W", 1, 1).placement_authority == "WAL"
    assert Place("N09000003", "N", 1, 1).placement_authority == "NIR"
    assert Place(BIRMINGHAM, "E", 1, 1).placement_authority == BIRMINGHAM


@pytest.mark.django_db
def test_the_authority_is_the_partnerships_only_one(workspace):
    assert workspace_authority() is None  # none yet
    _authority()
    LocalAuthority.objects.create(name="Coventry", ons_code="E08000026")  # not the partnership's
    assert workspace_authority() == WARWICKSHIRE
    second = LocalAuthority.objects.create(
        partnership=Partnership.objects.get(), name="Solihull", ons_code="E08000029"
    )
    assert workspace_authority() is None  # which one's return is it? Not guessed.
    second.delete()


@pytest.mark.django_db
@pytest.mark.parametrize("together", [2, 1_000])
def test_episodes_get_dfes_placement_fields_and_keep_only_outward_codes(
    workspace, monkeypatch, together
):
    # Episodes' postcodes are looked up in groups: across groups of two, and all at once.
    from safeboard.returns.kinds import ssda903

    monkeypatch.setattr(ssda903, "PLACED_TOGETHER", together)
    _authority()
    _import_directory()
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    assert result.status is Status.IMPORTED
    episodes = snapshot_tables(result.snapshot)["Episodes"]
    fields = [(e["PL_LA"], e["PL_LOCATION"], e["PL_DISTANCE"]) for e in episodes]
    assert fields == [
        # CV34 4RL to CV31 1AB: 3,000 m east, 500 m north = 3,041 m = 1.89 miles.
        (WARWICKSHIRE, "IN", 1.9),
        # CV34 4RL to B15 2TT: 22,400 m west, 20,400 m north = 30,297 m = 18.83 miles.
        (BIRMINGHAM, "OUT", 18.8),
        # CV11 5AA to cv10 0bb (any case; a terminated postcode is still placed):
        # 3,500 m, 500 m = 3,536 m = 2.20 miles.
        (WARWICKSHIRE, "IN", 2.2),
        # CV21 3RT to CV22 7QQ: 1,500 m, 1,000 m = 1,803 m = 1.12 miles (twice).
        (WARWICKSHIRE, "IN", 1.1),
        (WARWICKSHIRE, "IN", 1.1),
        (None, None, None),  # no postcodes
        (None, None, None),  # home not in the directory; the placement only an outward code
    ]
    assert [e["PL_POST"] for e in episodes][:3] == ["CV31", "B15", "CV10"]
    assert [e["HOME_POST"] for e in episodes][:1] == ["CV34"]


@pytest.mark.django_db
def test_without_the_authority_the_location_is_unknown_but_the_rest_is_worked_out(workspace):
    _import_directory()
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    first = snapshot_tables(result.snapshot)["Episodes"][0]
    assert (first["PL_LA"], first["PL_LOCATION"], first["PL_DISTANCE"]) == (
        WARWICKSHIRE,
        None,
        1.9,
    )


@pytest.mark.django_db
def test_without_a_directory_the_fields_are_empty(workspace):
    _authority()
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    episodes = snapshot_tables(result.snapshot)["Episodes"]
    assert {(e["PL_LA"], e["PL_LOCATION"], e["PL_DISTANCE"]) for e in episodes} == {
        (None, None, None)
    }


@pytest.mark.django_db
def test_the_directory_index_is_made_once_and_then_reused(workspace):
    result = _import_directory()
    assert index_path(result.snapshot.sha256).exists()  # made as the directory is imported
    directory = PostcodeDirectory.current()
    made = directory.index.stat().st_mtime_ns
    again = PostcodeDirectory.current()
    assert again.index == directory.index
    assert again.index.stat().st_mtime_ns == made
    assert directory.find("cv34 4rl") == Place(WARWICKSHIRE, "E", 428000, 265000)
    assert directory.find("CV34 4RX") is None


@pytest.mark.django_db
def test_postcodes_looked_up_together_are_then_known_found_or_not(workspace):
    _import_directory()
    directory = PostcodeDirectory.current()
    directory.find_many(["CV34 4RL", "b15 2tt", "CV34 4RX", None, ""])
    assert directory._seen == {
        "CV344RL": Place(WARWICKSHIRE, "E", 428000, 265000),
        "B152TT": Place(BIRMINGHAM, "E", 405600, 285400),
        "CV344RX": None,  # not in the directory: remembered as such
    }
    directory._connection.close()  # find now answers from what it looked up
    assert directory.find("CV34 4RL") == Place(WARWICKSHIRE, "E", 428000, 265000)
    assert directory.find("CV34 4RX") is None


@pytest.mark.django_db
def test_a_newer_directory_is_the_one_used(workspace, tmp_path):
    _import_directory()
    first_index = PostcodeDirectory.current().index
    newer = tmp_path / "onspd-newer.csv"
    # Warwick district moved to another county (a made-up reorganisation).
    newer.write_text((REFERENCE / "onspd.csv").read_text().replace("E10000031", "E10000099"))
    return_import(kind="postcodes", paths=[newer])
    area = PlacementArea(PostcodeDirectory.current(), WARWICKSHIRE)
    assert area.directory.index != first_index
    assert not first_index.exists()  # the older directory's index is removed once unused
    assert area.fields("CV34 4RL", "CV31 1AB") == {
        "PL_LA": "E10000099",
        "PL_LOCATION": "OUT",
        "PL_DISTANCE": "1.9",
    }


@pytest.mark.django_db
def test_workers_reading_side_by_side_work_the_fields_out_too(workspace, settings, monkeypatch):
    # The directory is opened before the workers are forked; each opens its own connection.
    from safeboard.returns import parallel_read, pipeline

    _authority()
    _import_directory()
    monkeypatch.setattr(parallel_read, "MIN_FILES_BYTES", 0)
    settings.SAFEBOARD_IMPORT_WORKERS = 2
    reads: list = []
    real = parallel_read.read_in_workers

    def recorded(*args, **kwargs):
        reads.append(real(*args, **kwargs))
        return reads[-1]

    monkeypatch.setattr(pipeline, "read_in_workers", recorded)
    result = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    assert reads
    assert reads[0] is not None
    first = snapshot_tables(result.snapshot)["Episodes"][0]
    assert (first["PL_LA"], first["PL_LOCATION"], first["PL_DISTANCE"]) == (
        WARWICKSHIRE,
        "IN",
        1.9,
    )


# ---- the providers' lookup as DfE publishes it: a workbook -----------------------------


def _workbook(path, sheets: dict[str, list[list]]):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


LOOKUP_HEADER = [
    "URN",
    "Local Authority",
    "Placement code",
    "Placement provider code",
    "Deregistration date",
    "Setting address postcode",
    None,  # a formatted but empty column, as spreadsheets have
]


@pytest.mark.django_db
def test_a_lookup_workbook_is_read_from_every_sheet_with_a_urn_header(workspace, tmp_path):
    from datetime import datetime

    _import_directory()
    path = _workbook(
        tmp_path / "urn_lookup.xlsx",
        {
            "Notes": [["About this lookup"], ["Nothing to read here"]],
            "Children's homes": [
                ["URN lookup, 2026-27"],  # a title above the header
                [],
                LOOKUP_HEADER,
                ["SC654321", "Birmingham", "K1/K2", "PR4", None, "B15 2TT"],
                [None, None, None, None, None, None],  # an empty row: skipped
                ["SC700123", "Warwickshire", "K2", "PR1", datetime(2026, 3, 31), "cv21 3rt"],
            ],
            "Supported accommodation": [
                LOOKUP_HEADER,
                [2000111, "Warwickshire", "K3", "PR4", None, "CV34 4RL"],  # a number cell
            ],
        },
    )
    result = return_import(kind="providers", paths=[path])
    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    rows = snapshot_tables(result.snapshot)["providers"]
    assert [(r["URN"], r["_position"]) for r in rows] == [
        ("SC654321", "sheet 'Children's homes' row 4"),
        ("SC700123", "sheet 'Children's homes' row 6"),
        ("2000111", "sheet 'Supported accommodation' row 2"),
    ]
    assert rows[0]["PLACE_CODES"] == "K1,K2"
    assert (rows[1]["REG_END"].isoformat(), rows[1]["LA_CODE"]) == ("2026-03-31", WARWICKSHIRE)
    assert (rows[2]["POSTCODE"], rows[2]["LA_CODE"]) == ("CV344RL", WARWICKSHIRE)


@pytest.mark.django_db
def test_a_workbook_that_is_not_the_lookup_is_refused_naming_the_file(workspace, tmp_path):
    no_urn = _workbook(tmp_path / "other.xlsx", {"Sheet": [["Name", "Postcode"], ["A", "B"]]})
    result = return_import(kind="providers", paths=[no_urn])
    assert result.status is Status.REFUSED
    (finding,) = result.blocking
    assert (finding.file, finding.rule) == ("other.xlsx", "SB-XLSX")
    assert "URN" in finding.message

    lacking = _workbook(
        tmp_path / "lacking.xlsx", {"Homes": [["URN", "Placement code"], ["SC1", "K2"]]}
    )
    (finding,) = return_import(kind="providers", paths=[lacking]).blocking
    assert finding.position == "sheet 'Homes' row 1"
    assert finding.field == "placement provider code"

    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"not really a workbook" * 10)
    (finding,) = return_import(kind="providers", paths=[damaged]).blocking
    assert finding.file == "damaged.xlsx"
    assert "cannot be read" in finding.message
    assert Snapshot.objects.count() == 0


@pytest.mark.django_db
def test_a_workbook_that_would_expand_like_a_bomb_is_refused_before_it_is_opened(
    workspace, tmp_path
):
    import zipfile

    bomb = tmp_path / "lookup.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 20_000_000)  # 20 MB of nothing
    result = return_import(kind="providers", paths=[bomb])
    (finding,) = result.blocking
    assert "zip bomb" in finding.message
    assert Snapshot.objects.count() == 0


@pytest.mark.django_db
def test_a_workbook_given_where_a_csv_is_expected_is_refused_plainly(workspace, tmp_path):
    path = _workbook(tmp_path / "population.xlsx", {"Sheet": [["area_code"], ["E07000218"]]})
    (finding,) = return_import(kind="population", paths=[path]).blocking
    assert finding.message == "The file is an Excel workbook or a zip, not a CSV file."

"""Safeboard's own extracts: contacts, characteristics, baseline and published figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from safeboard.returns.pipeline import Status, return_import
from safeboard.returns.pseudonymise import Pseudonymiser
from tests.returns.test_ssda903_import import (
    EXTRACTS,
    FULL,
    snapshot_tables,
    stored_state,
    use_fresh_workspace,
)


@pytest.fixture
def workspace(settings, tmp_path):
    return use_fresh_workspace(settings, tmp_path)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _child(raw: str) -> str:
    return Pseudonymiser.for_workspace(django_settings.WORKSPACE).child(raw)


# ---- contacts --------------------------------------------------------------------------


@pytest.mark.django_db
def test_contacts_import_with_either_date_style(workspace):
    result = return_import(kind="contacts", paths=[EXTRACTS / "contacts.csv"])

    assert result.status is Status.IMPORTED
    assert result.findings == []
    assert result.row_counts == {"contacts": 4}
    rows = snapshot_tables(result.snapshot)["contacts"]
    assert [row["child"] for row in rows] == [
        _child("C903-1001"),
        _child("C903-1002"),
        _child("C903-1001"),
        _child("C903-3001"),
    ]
    assert [row["date_of_contact"] for row in rows] == [
        date(2017, 4, 3),
        date(2017, 5, 21),
        date(2017, 6, 19),
        date(2018, 3, 1),
    ]
    assert [row["date_of_birth"] for row in rows] == [
        date(2012, 5, 1),
        date(2009, 11, 1),
        date(2012, 5, 1),
        None,
    ]
    assert [row["age_years"] for row in rows] == [4, 7, 5, None]
    assert [row["gender"] for row in rows] == ["Female", "Male", "Female", None]
    assert rows[2]["contact_source"] == "Health visitor"


@pytest.mark.django_db
def test_a_contact_and_a_903_child_get_the_same_pseudonym(workspace):
    contacts = return_import(kind="contacts", paths=[EXTRACTS / "contacts.csv"])
    lac = return_import(kind="ssda903", paths=[FULL], collection_year=2027)
    contact_children = {row["child"] for row in snapshot_tables(contacts.snapshot)["contacts"]}
    lac_children = {row["child"] for row in snapshot_tables(lac.snapshot)["Header"]}
    assert contact_children & lac_children == {_child("C903-1001"), _child("C903-1002")}


@pytest.mark.django_db
def test_an_extra_column_is_ignored_with_a_warning(workspace, tmp_path):
    path = _write(
        tmp_path,
        "contacts.csv",
        "Team,Child Unique ID,Date of Contact\nMASH,C-1,01/04/2017\nMASH,C-2,02/04/2017\n",
    )
    result = return_import(kind="contacts", paths=[path])
    assert result.status is Status.IMPORTED
    assert result.row_counts == {"contacts": 2}
    [warning] = result.warnings
    assert warning.rule == "SB-COLUMNS"
    assert warning.message == "The column Team is not part of this format and was ignored."
    assert "Team" not in snapshot_tables(result.snapshot)["contacts"][0]


@pytest.mark.django_db
def test_a_contact_without_a_date_is_refused(workspace, tmp_path):
    path = _write(
        tmp_path,
        "contacts.csv",
        "Child Unique ID,Date of Contact\nC-1,01/04/2017\nC-2,\n",
    )
    before = stored_state()
    result = return_import(kind="contacts", paths=[path])
    assert result.status is Status.REFUSED
    [error] = result.errors
    assert (error.rule, error.field, error.position) == ("SB-REQUIRED", "Date of Contact", "line 3")
    assert error.message == "Date of Contact is missing; it is required."
    assert error.child == _child("C-2")
    assert stored_state() == before


# ---- characteristics -------------------------------------------------------------------


@pytest.mark.django_db
def test_characteristics_keep_every_row_and_warn_that_the_last_wins(workspace):
    result = return_import(kind="characteristics", paths=[EXTRACTS / "characteristics.csv"])

    assert result.status is Status.IMPORTED
    assert result.exit_code == 1
    assert result.row_counts == {"characteristics": 4}
    [warning] = result.findings
    assert warning.rule == "SB-DUPLICATE-CHILD"
    assert warning.position == "line 2"
    assert warning.child == _child("C903-1001")
    assert warning.message == (
        "The child is given again on line 5; that last row is used and this one is ignored."
    )
    rows = snapshot_tables(result.snapshot)["characteristics"]
    assert [(row["_position"], row["district"], row["language"]) for row in rows] == [
        ("line 2", "E07000220", "ENG"),
        ("line 3", "E07000218", "POL"),
        ("line 4", None, "NOT"),
        ("line 5", "E07000222", "ENG"),
    ]


@pytest.mark.django_db
def test_a_district_that_is_not_an_ons_code_is_refused(workspace, tmp_path):
    path = _write(
        tmp_path,
        "characteristics.csv",
        "child_id,district,language\nC-1,E07000220,ENG\nC-2,Rugby,ENG\nC-3,e07000220,\n",
    )
    before = stored_state()
    result = return_import(kind="characteristics", paths=[path])
    assert result.status is Status.REFUSED
    assert [(f.rule, f.position, f.value) for f in result.errors] == [
        ("SB-DISTRICT", "line 3", "Rugby"),
        ("SB-DISTRICT", "line 4", "e07000220"),
    ]
    assert result.errors[0].message == "district is not an ONS district code."
    assert stored_state() == before


@pytest.mark.django_db
def test_characteristics_come_in_one_file(workspace, tmp_path):
    other = _write(tmp_path, "more.csv", "child_id,district,language\nC-9,,ENG\n")
    before = stored_state()
    result = return_import(kind="characteristics", paths=[EXTRACTS / "characteristics.csv", other])
    assert result.status is Status.REFUSED
    assert result.errors[0].message.startswith("2 files were given")
    assert stored_state() == before


# ---- baseline --------------------------------------------------------------------------


@pytest.mark.django_db
def test_baseline_shares_import(workspace):
    result = return_import(kind="baseline", paths=[EXTRACTS / "baseline.csv"])

    assert result.status is Status.IMPORTED
    assert result.findings == []
    assert result.row_counts == {"baseline": 5}
    rows = snapshot_tables(result.snapshot)["baseline"]
    assert [row["percent"] for row in rows] == [78.4, 17.1, 4.5, 88.0, 10.2]
    assert {row["as_at"] for row in rows} == {date(2018, 1, 18)}
    assert rows[1]["breakdown_value"] == "BME"


@pytest.mark.django_db
def test_baseline_with_an_unknown_dimension_or_a_share_over_100_is_refused(workspace, tmp_path):
    path = _write(
        tmp_path,
        "baseline.csv",
        "breakdown_dim,breakdown_value,percent\nethnicity,BME,17.1\nreligion,None,40\n"
        "language,English,120\n",
    )
    result = return_import(kind="baseline", paths=[path])
    assert result.status is Status.REFUSED
    assert [(f.rule, f.position, f.value) for f in result.errors] == [
        ("SB-CODE", "line 3", "religion"),
        ("SB-PERCENT", "line 4", "120.0"),
    ]


# ---- published -------------------------------------------------------------------------


@pytest.mark.django_db
def test_published_figures_import(workspace):
    result = return_import(kind="published", paths=[EXTRACTS / "published.csv"])

    assert result.status is Status.IMPORTED
    assert result.findings == []
    assert result.row_counts == {"published": 3}
    rows = snapshot_tables(result.snapshot)["published"]
    assert [row["indicator"] for row in rows] == ["contacts", "cp_rate", "cp_by_ethnicity"]
    assert [row["numerator"] for row in rows] == [None, 95, 40]
    assert [row["denominator"] for row in rows] == [None, 21000, 560]
    assert [row["value"] for row in rows] == [9876.0, 45.2, 7.1]
    assert [row["period_start"] for row in rows] == [
        date(2017, 4, 1),
        date(2018, 3, 31),
        date(2018, 3, 31),
    ]
    assert [row["source"] for row in rows] == ["published", "published", None]
    assert rows[1]["table"] == "4.1"
    assert rows[0]["reference"] == "Annual Report 2017-18"


@pytest.mark.django_db
def test_published_figures_are_checked(workspace, tmp_path):
    header = (
        "indicator,period_kind,period_start,period_end,breakdown_dim,breakdown_value,"
        "numerator,denominator,value,unit,table,reference\n"
    )
    path = _write(
        tmp_path,
        "published.csv",
        header
        + "contacts,cumulative,01/04/2017,31/03/2018,,,,,9876,count,2.1,AR 2017-18\n"
        + "cp_open,snapshot,01/04/2017,31/03/2018,,,,,560,count,3.1,AR 2017-18\n"
        + "cp_open,snapshot,31/03/2018,31/03/2018,district,,,,100,count,3.1,AR 2017-18\n"
        + "referrals,cumulative,01/04/2017,31/03/2018,,,,,9000,percentage,2.1,AR 2017-18\n"
        + "cse_open,snapshot,31/03/2018,31/03/2018,team,North,,,12,count,5.2,AR 2017-18\n"
        + "contacts,cumulative,31/03/2018,01/04/2017,,,,,1,count,2.1,AR 2017-18\n",
    )
    result = return_import(kind="published", paths=[path])
    assert result.status is Status.REFUSED
    assert sorted((f.rule, f.severity.value, f.position) for f in result.findings) == [
        ("SB-BREAKDOWN", "error", "line 4"),
        ("SB-BREAKDOWN-DIM", "warning", "line 6"),
        ("SB-CODE", "error", "line 5"),
        ("SB-DATE-ORDER", "error", "line 7"),
        ("SB-SNAPSHOT-PERIOD", "error", "line 3"),
    ]

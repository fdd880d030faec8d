"""An import's rules read last year's snapshot and the other return's, from the workspace.

``related_table_files`` finds the current snapshots (the newest data per kind
and year, as the dataset uses) and names their tables as the views rules
read: ``prev_<table>`` and ``<other kind>_<table>``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from safeboard.returns.findings import Severity
from safeboard.returns.pipeline import Status, related_table_files, return_import
from safeboard.validation import registry
from safeboard.validation.engine import Rule, RuleContext
from tests.returns.test_ssda903_import import OLD, use_fresh_workspace

FIXTURES = Path(__file__).parent / "fixtures"
CIN_2018 = FIXTURES / "cin" / "cin_2018_valid.xml"
SSDA903_TABLES = {
    "Header", "Episodes", "Reviews", "UASC", "OC2", "OC3", "AD1", "PlacedAdoption",
    "PrevPerm", "Missing", "SWEpisodes", "DoLo",
}  # fmt: skip

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
    "HOME_POST,PL_POST,URN\n"
)


@pytest.fixture
def workspace(settings, tmp_path):
    return use_fresh_workspace(settings, tmp_path)


def _ssda903(folder: Path, header: str, episodes: str) -> Path:
    folder.mkdir()
    (folder / "header.csv").write_text(HEADER + header)
    (folder / "episodes.csv").write_text(EPISODES + episodes)
    return folder


@pytest.mark.django_db
def test_nothing_related_without_a_year_or_without_snapshots(workspace):
    assert related_table_files("ssda903", None) == {}
    assert related_table_files("ssda903", 2019) == {}


@pytest.mark.django_db
def test_last_years_ssda903_and_this_years_cin_census_are_found(workspace):
    ssda903_2018 = return_import(kind="ssda903", paths=[OLD], collection_year=2018)
    cin_2018 = return_import(kind="cin", paths=[CIN_2018])
    assert ssda903_2018.status is Status.IMPORTED
    assert cin_2018.status is Status.IMPORTED
    assert cin_2018.collection_year == 2018

    # For a 2018-19 SSDA903 import: last year's SSDA903; the 2018 CIN census is not this year's.
    files = related_table_files("ssda903", 2019)
    assert set(files) == {f"prev_{table}" for table in SSDA903_TABLES}
    assert files["prev_Episodes"] == ssda903_2018.snapshot.path / "Episodes.parquet"
    assert pq.read_table(files["prev_Episodes"]).num_rows == 3

    # For a 2017-18 SSDA903 import: the CIN census of the same year, and no 2016-17 return.
    files = related_table_files("ssda903", 2018)
    assert "cin_child" in files
    assert "cin_cin_episode" in files
    assert not any(name.startswith("prev_") for name in files)
    assert pq.read_table(files["cin_child"]).num_rows == 3

    # And the reverse: a CIN census of 2017-18 sees that year's SSDA903.
    files = related_table_files("cin", 2018)
    assert set(files) == {f"ssda903_{table}" for table in SSDA903_TABLES}


@pytest.mark.django_db
def test_the_current_snapshot_is_the_newest_data(workspace, tmp_path):
    older = return_import(kind="ssda903", paths=[OLD], collection_year=2018)
    newer = return_import(
        kind="ssda903",
        paths=[
            _ssda903(
                tmp_path / "newer",
                "C903-2001,1,09/09/2001,WBRI,UN3,,\n",
                "C903-2001,04/04/2016,S,V2,N4,U4,PR1,,,,CV1 2AB,CV2 3CD,XXXXXXX\n",
            )
        ],
        collection_year=2018,
        as_at=date(2018, 5, 31),  # later data than the first import's 31 March
    )
    assert older.status is Status.IMPORTED
    assert newer.status is Status.IMPORTED
    files = related_table_files("ssda903", 2019)
    assert files["prev_Episodes"] == newer.snapshot.path / "Episodes.parquet"


def _dropped_open_episodes(context: RuleContext) -> str:
    """A toy previous-year rule: last year's open episodes must carry on this year."""
    return """
        SELECT p._file, p._position, p.child, CAST(p.DECOM AS VARCHAR) AS value,
               'prev_Episodes' AS "table"
        FROM prev_Episodes AS p
        WHERE p.DEC IS NULL
          AND NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = p.child AND e.DECOM = p.DECOM)
    """


DROPPED = Rule(
    code="TEST-PREV",
    severity=Severity.WARNING,
    message="An episode open at last year's end is missing.",
    guidance="Include every episode open on 31 March last year in this year's return.",
    kinds=frozenset({"ssda903"}),
    tables=("Episodes", "prev_Episodes"),
    fields=("DECOM",),
    logic=_dropped_open_episodes,
)


@pytest.mark.django_db
def test_an_import_runs_its_previous_year_rules_against_last_years_snapshot(
    workspace, tmp_path, monkeypatch
):
    monkeypatch.setitem(registry._RULES, ("ssda903", DROPPED.code), DROPPED)
    this_year = _ssda903(
        tmp_path / "2019",
        "C903-2001,1,09/09/2001,WBRI,UN3,,\n",
        # C903-2001's placement from 01/09/2017 was open on 31 March 2018; it is not here.
        "C903-2001,01/10/2018,S,V2,N4,U4,PR1,,,,CV1 2AB,CV2 3CD,XXXXXXX\n",
    )

    # Before last year's return is imported the rule does not run.
    alone = return_import(
        kind="ssda903", paths=[this_year], collection_year=2019, validate_only=True
    )
    assert not [f for f in alone.findings if f.rule == "TEST-PREV"]

    return_import(kind="ssda903", paths=[OLD], collection_year=2018)
    checked = return_import(
        kind="ssda903", paths=[this_year], collection_year=2019, validate_only=True
    )
    dropped = [f for f in checked.findings if f.rule == "TEST-PREV"]
    # Last year: C903-2001 open from 01/09/2017 (dropped); C903-2002 ended 15/01/2018.
    assert [(f.table, f.file, f.position, f.value) for f in dropped] == [
        ("prev_Episodes", "episodes.csv", "line 3", "2017-09-01")
    ]


def _unparsed_ends(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = 'Episodes' AND field = 'DEC'
    """


UNPARSED_ENDS = Rule(
    code="TEST-UNPARSED",
    severity=Severity.ERROR,
    message="The episode's end date is not a valid date.",
    guidance="Correct the date the episode ended in the case management system.",
    kinds=frozenset({"ssda903"}),
    tables=("Episodes",),
    fields=("DEC",),
    logic=_unparsed_ends,
)


@pytest.mark.django_db
def test_an_imports_rules_see_the_values_that_did_not_parse(workspace, tmp_path, monkeypatch):
    monkeypatch.setitem(registry._RULES, ("ssda903", UNPARSED_ENDS.code), UNPARSED_ENDS)
    folder = _ssda903(
        tmp_path / "bad",
        "C903-2001,1,09/09/2001,WBRI,UN3,,\n",
        "C903-2001,04/04/2017,S,V2,N4,U4,PR1,31/02/2018,E8,,CV1 2AB,CV2 3CD,XXXXXXX\n",
    )
    checked = return_import(kind="ssda903", paths=[folder], collection_year=2018)
    assert checked.status is Status.REFUSED
    mine = [f for f in checked.findings if f.rule == "TEST-UNPARSED"]
    assert [(f.file, f.position, f.value) for f in mine] == [
        ("episodes.csv", "line 2", "31/02/2018")
    ]
    assert mine[0].child  # the pseudonym, as the type finding gave it


@pytest.mark.django_db
def test_dfes_previous_year_rules_read_last_years_snapshot(workspace, tmp_path):
    """NoE and 624, two of DfE's rules comparing with last year's return, end to end."""
    this_year = _ssda903(
        tmp_path / "2019",
        # C903-2002 was a girl of 2011 in 2017-18 (MOTHER 0, no first child): unchanged.
        # C903-2003 is new to the return but has been looked after since March 2018.
        "C903-2002,2,21/12/2011,AIND,,0,\nC903-2003,1,01/01/2010,WBRI,,,\n",
        "C903-2002,01/06/2018,S,C1,N1,U4,PR1,,,,CV11 4GH,CV12 8JK,XXXXXXX\n"
        "C903-2003,15/03/2018,S,C1,N1,U4,PR1,,,,CV11 4GH,CV12 8JK,XXXXXXX\n",
    )
    alone = return_import(
        kind="ssda903", paths=[this_year], collection_year=2019, validate_only=True
    )
    assert not [f for f in alone.findings if f.rule == "NoE"]  # no last year: not run

    return_import(kind="ssda903", paths=[OLD], collection_year=2018)
    checked = return_import(
        kind="ssda903", paths=[this_year], collection_year=2019, validate_only=True
    )
    no_episodes_last_year = [f for f in checked.findings if f.rule == "NoE"]
    # Episodes line 3: C903-2003's episode from 15/03/2018, and no C903-2003 in 2017-18.
    assert [(f.table, f.position, f.value) for f in no_episodes_last_year] == [
        ("Episodes", "line 3", "2018-03-15")
    ]
    assert not [f for f in checked.findings if f.rule == "624"]  # C903-2002 had no first child

"""Rules that read another snapshot: last year's return (prev_<table>) and the other return.

The engine's convention (safeboard/validation/engine.py): a rule names the
related views in its tables; when one is absent (last year never imported)
the rule does not run; when present it is queried like any table.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from safeboard.returns.findings import Finding, Severity
from safeboard.returns.kinds import get_kind
from safeboard.returns.staging import Stage
from safeboard.validation.engine import (
    Rule,
    RuleContext,
    other_return_view,
    previous_year_view,
    run_rules,
    view_source,
)


def test_views_are_named_by_convention_and_resolve_to_their_source():
    assert previous_year_view("Episodes") == "prev_Episodes"
    assert other_return_view("cin", "child") == "cin_child"
    assert view_source("ssda903", 2019, "prev_Episodes") == ("ssda903", 2018, "Episodes")
    assert view_source("ssda903", 2019, "cin_cin_episode") == ("cin", 2019, "cin_episode")
    assert view_source("cin", 2019, "ssda903_Header") == ("ssda903", 2019, "Header")
    assert view_source("cin", 2019, "prev_cin_episode") == ("cin", 2018, "cin_episode")
    # The import's own tables are themselves, even a CIN table whose name starts "cin_".
    assert view_source("cin", 2019, "cin_episode") == ("cin", 2019, "cin_episode")
    assert view_source("ssda903", 2019, "Episodes") == ("ssda903", 2019, "Episodes")


def _carried_on(context: RuleContext) -> str:
    """A toy previous-year rule: an episode open at last year's end must be in this year's return."""
    return """
        SELECT p._file, p._position, p.child, CAST(p.DECOM AS VARCHAR) AS value,
               'prev_Episodes' AS "table"
        FROM prev_Episodes AS p
        WHERE p.DEC IS NULL
          AND NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = p.child AND e.DECOM = p.DECOM)
    """


CARRIED_ON = Rule(
    code="TEST-PREV",
    severity=Severity.ERROR,
    message="Open at last year's end, missing now.",
    guidance="Add the episode to this year's return as it was open on 31 March.",
    kinds=frozenset({"ssda903"}),
    tables=("Episodes", "prev_Episodes"),
    fields=("DECOM",),
    logic=_carried_on,
)


def _episode(child, decom, dec=None):
    return {"child": child, "DECOM": decom, "DEC": dec, "RNE": "S", "LS": "C2", "PLACE": "U1"}


def _run(tables: dict[str, list[dict]], year: int = 2019):
    with tempfile.TemporaryDirectory() as folder:
        specs = {
            name: get_kind(k).table_specs(y)[t]
            for name in tables
            for k, y, t in [view_source("ssda903", year, name)]
        }
        stage = Stage(Path(folder), specs)
        for name, rows in tables.items():
            for index, row in enumerate(rows, start=1):
                stage.writer(name).append(
                    {"_file": f"{name}.csv", "_position": f"line {index + 1}", **row}
                )
        files = stage.close()
        context = RuleContext(kind="ssda903", collection_year=year, tables=frozenset(files))
        return run_rules([CARRIED_ON], context, files)


def test_a_rule_reads_last_years_table_beside_this_years():
    findings = _run(
        {
            "Episodes": [_episode("a", date(2018, 1, 5))],  # carries a's open episode on
            "prev_Episodes": [
                _episode("a", date(2018, 1, 5)),  # line 2 PASS: open, and in this year's return
                _episode("b", date(2017, 6, 1)),  # line 3 FAIL: open, missing this year
                _episode("c", date(2017, 6, 1), date(2017, 9, 1)),  # line 4 PASS: it ended
            ],
        }
    )
    assert [(f.table, f.position, f.child, f.value) for f in findings] == [
        ("prev_Episodes", "line 3", "b", "2017-06-01")
    ]
    assert findings[0].file == "prev_Episodes.csv"  # the row's own file, from last year


def test_a_rule_whose_related_table_is_absent_does_not_run():
    # Last year's return was never imported: no prev_Episodes view, so no findings,
    # not an error about a missing table.
    assert _run({"Episodes": [_episode("a", date(2018, 1, 5))]}) == []
    assert CARRIED_ON.related_tables == ("prev_Episodes",)
    assert not CARRIED_ON.applies(
        RuleContext(kind="ssda903", collection_year=2019, tables=frozenset({"Episodes"}))
    )


def _bad_end_dates(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = 'Missing' AND field = 'MIS_END'
    """


BAD_END_DATES = Rule(
    code="TEST-UNPARSED",
    severity=Severity.ERROR,
    message="The end date is not a valid date.",
    guidance="Correct the end date in the case management system, as DD/MM/YYYY.",
    kinds=frozenset({"ssda903"}),
    tables=("Missing",),
    fields=("MIS_END",),
    logic=_bad_end_dates,
)


def test_a_rule_reads_the_values_that_did_not_parse():
    unparsed = [
        Finding(
            rule="SB-TYPE", severity=Severity.ERROR, message="m", guidance="g",
            file="missing.csv", table="Missing", field="MIS_END", position="line 3",
            child="b", value="31/02/2019",
        ),  # FAIL: the rule's own field
        Finding(
            rule="SB-TYPE", severity=Severity.ERROR, message="m", guidance="g",
            file="missing.csv", table="Missing", field="MIS_START", position="line 4",
            child="c", value="2019",
        ),  # PASS for this rule: another field
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        stage = Stage(Path(folder), {"Missing": get_kind("ssda903").table_specs(2019)["Missing"]})
        files = stage.close()
        context = RuleContext(kind="ssda903", collection_year=2019, tables=frozenset(files))
        findings = run_rules([BAD_END_DATES], context, files, unparsed=unparsed)
        assert run_rules([BAD_END_DATES], context, files) == []  # none given: an empty view
    assert [(f.file, f.position, f.child, f.value, f.rule) for f in findings] == [
        ("missing.csv", "line 3", "b", "31/02/2019", "TEST-UNPARSED")
    ]

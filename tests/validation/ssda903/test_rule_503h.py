"""503H: the first episode's placement authority must be last year's open episode's."""

from datetime import date

import pyarrow.parquet as pq

from safeboard.returns.kinds import get_kind
from safeboard.returns.spec import TableSpec
from safeboard.returns.staging import Stage
from safeboard.validation.engine import RuleContext, run_rules
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_503h import logic
from tests.validation.harness import RAN
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)
HERE, THERE = "E10000031", "E10000016"


def test_the_open_episode_carries_on_in_the_same_authority():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            episode("a", OPENED, PL_LA=HERE),  # a: open on 31 March 2022
            episode("b", OPENED, PL_LA=HERE),  # b: open
            episode("c", OPENED, date(2022, 1, 1), rec="E4A", PL_LA=HERE),  # c: left care
            episode("d", OPENED, PL_LA=None),  # d: open, no authority (postcode missing)
            episode("f", OPENED, PL_LA="WAL"),  # f: open, placed in Wales
            episode("g", date(2020, 9, 1), OPENED, rec="X1", PL_LA=THERE),  # g: an earlier one
            episode("g", OPENED, PL_LA=HERE),  # g: the last, open
        ],
        Episodes=[
            episode("a", OPENED, date(2022, 8, 1), rec="X1", PL_LA=HERE),  # row 1 PASS: same
            episode("a", date(2022, 8, 1), PL_LA=THERE),  # row 2 PASS: a later episode
            episode("b", OPENED, PL_LA=THERE),  # row 3 FAIL: another authority
            episode("c", date(2022, 6, 1), PL_LA=THERE),  # row 4 PASS: a new period of care
            episode("d", OPENED, PL_LA=None),  # row 5 PASS: blank and blank
            episode("e", date(2022, 6, 1), PL_LA=THERE),  # row 6 PASS: new this year
            episode("f", OPENED, PL_LA=None),  # row 7 FAIL: Wales last year, none now
            episode("g", OPENED, PL_LA=THERE),  # row 8 FAIL: last year's last was HERE
        ],
    )
    assert rows(findings) == [3, 7, 8]
    assert sorted(f.value for f in findings) == ["", THERE, THERE]


def test_a_return_imported_without_the_postcode_directory_is_not_judged():
    # Last year's episodes have no PL_LA at all: imported before the directory was.
    last_year = [episode("a", OPENED, PL_LA=None), episode("b", OPENED, PL_LA=None)]
    this_year = [episode("a", OPENED, PL_LA=HERE), episode("b", OPENED, PL_LA=THERE)]
    assert run(logic, 2023, prev_Episodes=last_year, Episodes=this_year) == []
    # And the other way round: this year's imported without it.
    assert run(logic, 2023, prev_Episodes=this_year, Episodes=last_year) == []


def test_last_year_imported_before_the_fields_were_kept(tmp_path):
    # An old snapshot's Episodes have no PL_LA column at all: the rule runs, silent.
    spec = get_kind("ssda903").table_specs(2023)["Episodes"]
    old = TableSpec("Episodes", tuple(c for c in spec.columns if not c.name.startswith("PL_")))
    stage = Stage(tmp_path, {"Episodes": spec, "prev_Episodes": old})
    stage.writer("Episodes").append(
        {"_file": "f", "_position": "row 1", **episode("a", OPENED, PL_LA=THERE)}
    )
    stage.writer("prev_Episodes").append(
        {"_file": "f", "_position": "row 1", **episode("a", OPENED)}
    )
    files = stage.close()
    assert "PL_LA" not in pq.read_schema(files["prev_Episodes"]).names
    context = RuleContext(kind="ssda903", collection_year=2023, tables=frozenset(files))
    assert run_rules([logic.rule], context, files) == []
    RAN.add(("ssda903", "503H"))


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[episode("b", OPENED, PL_LA=THERE)]) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

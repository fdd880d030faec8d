"""452: a placement carried on with the same RNE is in last year's placement authority."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_452 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)
HERE, THERE = "E10000031", "E10000016"


def test_the_first_episode_with_last_years_rne_keeps_its_authority():
    findings = run(
        logic,
        2024,
        prev_Episodes=[
            episode("a", OPENED, rne="P", PL_LA=HERE),  # a: open on 31 March 2023
            episode("b", OPENED, rne="P", PL_LA=HERE),  # b: open
            episode("c", OPENED, rne="P", PL_LA=HERE),  # c: open
            episode("d", OPENED, date(2023, 1, 1), rec="E4A", PL_LA=HERE),  # d: left care
            episode("f", OPENED, rne=None, PL_LA=HERE),  # f: open, RNE blank
            episode("g", OPENED, rne="T", PL_LA=None),  # g: open, postcode missing
        ],
        Episodes=[
            episode("a", OPENED, rne="P", PL_LA=HERE),  # row 1 PASS: same authority
            episode("b", OPENED, rne="P", PL_LA=THERE),  # row 2 FAIL: same RNE, moved LA
            episode("c", OPENED, rne="T", PL_LA=THERE),  # row 3 PASS: another RNE (503A/H)
            episode("d", date(2023, 6, 1), rne="P", PL_LA=THERE),  # row 4 PASS: new period
            episode("e", date(2023, 6, 1), PL_LA=THERE),  # row 5 PASS: new this year
            episode("f", OPENED, rne=None, PL_LA=THERE),  # row 6 PASS: a blank RNE agrees
            # with nothing, as in D2I (503H reports it)
            episode("g", OPENED, rne="T", PL_LA=THERE),  # row 7 FAIL: none last year, one now
        ],
    )
    assert rows(findings) == [2, 7]
    assert {f.value for f in findings} == {THERE}


def test_a_return_imported_without_the_postcode_directory_is_not_judged():
    last_year = [episode("b", OPENED, rne="P", PL_LA=None)]  # no PL_LA anywhere
    this_year = [episode("b", OPENED, rne="P", PL_LA=THERE)]
    assert run(logic, 2024, prev_Episodes=last_year, Episodes=this_year) == []


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2024, Episodes=[episode("b", OPENED, PL_LA=THERE)]) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

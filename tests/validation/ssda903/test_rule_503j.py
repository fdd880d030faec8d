"""503J: the first episode's placement location (IN/OUT) must be last year's open episode's."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_503j import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)
HERE, THERE = "E10000031", "E10000016"


def _in(child, decom, dec=None, **values):
    return episode(child, decom, dec, PL_LA=HERE, PL_LOCATION="IN", **values)


def _out(child, decom, dec=None, **values):
    return episode(child, decom, dec, PL_LA=THERE, PL_LOCATION="OUT", **values)


def test_the_open_episode_carries_on_in_or_out_as_it_was():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            _in("a", OPENED),  # a: open on 31 March 2022, IN
            _in("b", OPENED),  # b: open, IN
            _in("c", OPENED, date(2022, 1, 1), rec="E4A"),  # c: left care
            episode("d", OPENED),  # d: open, location unknown (postcode missing)
            _out("f", OPENED),  # f: open, OUT
        ],
        Episodes=[
            _in("a", OPENED, date(2022, 8, 1), rec="X1"),  # row 1 PASS: IN and IN
            _out("a", date(2022, 8, 1)),  # row 2 PASS: a later episode
            _out("b", OPENED),  # row 3 FAIL: IN last year, OUT now
            _out("c", date(2022, 6, 1)),  # row 4 PASS: a new period of care
            episode("d", OPENED),  # row 5 PASS: blank and blank
            _out("e", date(2022, 6, 1)),  # row 6 PASS: new this year
            episode("f", OPENED),  # row 7 FAIL: OUT last year, unknown now
        ],
    )
    assert rows(findings) == [3, 7]
    assert sorted(f.value for f in findings) == ["", "OUT"]


def test_a_return_imported_without_the_postcode_directory_is_not_judged():
    # No episode of last year has a PL_LA: it was imported without the directory.
    last_year = [episode("b", OPENED)]
    assert run(logic, 2023, prev_Episodes=last_year, Episodes=[_out("b", OPENED)]) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

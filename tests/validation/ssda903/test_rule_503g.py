"""503G: the first episode's distance must be last year's open episode's, within 0.2 miles."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_503g import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)
HERE = "E10000031"


def _at(child, miles, decom=OPENED, dec=None, **values):
    # Any distance comes with an authority: both are worked out from the postcodes.
    return episode(child, decom, dec, PL_LA=HERE, PL_DISTANCE=miles, **values)


def test_the_open_episode_carries_on_at_the_same_distance():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            _at("a", 12.5),  # a: open on 31 March 2022
            _at("b", 10.1),  # b: open
            _at("c", 0.1),  # c: open
            _at("d", 5.0),  # d: open
            _at("e", 5.0, dec=date(2022, 1, 1), rec="E4A"),  # e: left care
            _at("f", 5.0),  # f: open
            episode("g", OPENED, PL_LA=HERE),  # g: open, no distance (home postcode missing)
            episode("h", OPENED),  # h: open, no distance either
            _at("i", 20.0),  # i: open
        ],
        Episodes=[
            _at("a", 12.6, dec=date(2022, 8, 1), rec="X1"),  # row 1 PASS: 0.1 mile: rounding
            _at("a", 40.0, decom=date(2022, 8, 1)),  # row 2 PASS: a later episode
            _at("b", 10.3),  # row 3 FAIL: 0.2 miles apart
            _at("c", 0.3),  # row 4 FAIL: 0.2 miles apart (D2I's floats see 0.19999...)
            _at("d", 4.9),  # row 5 PASS: 0.1 mile less
            _at("e", 30.0, decom=date(2022, 6, 1)),  # row 6 PASS: a new period of care
            episode("f", OPENED, PL_LA=HERE),  # row 7 FAIL: a distance last year, none now
            _at("g", 3.0),  # row 8 FAIL: none last year, a distance now
            episode("h", OPENED),  # row 9 PASS: none in either year
            _at("i", 25.0),  # row 10 FAIL: 5 miles apart
            _at("j", 1.0, decom=date(2022, 6, 1)),  # row 11 PASS: new this year
        ],
    )
    assert rows(findings) == [3, 4, 7, 8, 10]


def test_a_return_imported_without_the_postcode_directory_is_not_judged():
    last_year = [episode("b", OPENED)]  # no PL_LA anywhere: imported without the directory
    assert run(logic, 2023, prev_Episodes=last_year, Episodes=[_at("b", 3.0)]) == []


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[_at("b", 3.0)]) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

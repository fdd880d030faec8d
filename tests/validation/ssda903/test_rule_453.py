"""453: a placement carried on with the same RNE is last year's distance from home."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_453 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2022, 9, 1)
HERE = "E10000031"


def _at(child, miles, decom=OPENED, dec=None, **values):
    # Any distance comes with an authority: both are worked out from the postcodes.
    return episode(child, decom, dec, PL_LA=HERE, PL_DISTANCE=miles, **values)


def test_the_first_episode_with_last_years_rne_keeps_its_distance():
    findings = run(
        logic,
        2025,
        prev_Episodes=[
            _at("a", 12.5, rne="P"),  # a: open on 31 March 2024
            _at("b", 12.5, rne="P"),  # b: open
            _at("c", 12.5, rne="P"),  # c: open
            _at("d", 12.5, rne=None),  # d: open, RNE blank
            _at("e", 12.5, rne="P", dec=date(2023, 12, 1), rec="E4A"),  # e: left care
            _at("f", 12.5, rne="P"),  # f: open
        ],
        Episodes=[
            _at("a", 12.4, rne="P"),  # row 1 PASS: 0.1 mile: rounding
            _at("b", 12.7, rne="P"),  # row 2 FAIL: same RNE, 0.2 miles apart
            _at("c", 30.0, rne="T"),  # row 3 PASS: another RNE (503A and 503G's concern)
            _at("d", 30.0, rne=None),  # row 4 PASS: a blank RNE agrees with nothing (D2I)
            _at("e", 30.0, rne="P", decom=date(2024, 6, 1)),  # row 5 PASS: new period
            episode("f", OPENED, rne="P", PL_LA=HERE),  # row 6 FAIL: the distance is gone
        ],
    )
    assert rows(findings) == [2, 6]


def test_a_return_imported_without_the_postcode_directory_is_not_judged():
    last_year = [episode("b", OPENED, rne="P")]  # no PL_LA anywhere
    assert run(logic, 2025, prev_Episodes=last_year, Episodes=[_at("b", 3.0, rne="P")]) == []


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2025, Episodes=[_at("b", 3.0, rne="P")]) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

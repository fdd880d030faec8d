"""561: a decision that ceased last year is not reported again."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_561 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run

DECIDED = date(2021, 10, 1)


def test_a_ceased_decision_repeated_this_year_is_reported():
    findings = run(
        logic,
        2023,
        prev_PlacedAdoption=[
            placed("a", DECIDED),  # in force
            placed("b", DECIDED, date(2022, 2, 1), "RD1"),  # ceased
            placed("c", DECIDED, None, "RD1"),  # a reason only: ceased too
        ],
        PlacedAdoption=[
            placed("a", DECIDED),  # row 1 PASS: still in force
            placed("b", DECIDED),  # row 2 FAIL: ceased last year
            placed("b", date(2022, 6, 1)),  # row 3 PASS: a new decision
            placed("c", DECIDED),  # row 4 FAIL
        ],
    )
    assert rows(findings) == [2, 4]

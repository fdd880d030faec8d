"""559: a decision from before this year must be in last year's return."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_559 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run


def test_an_earlier_decision_missing_last_year_is_reported():
    findings = run(
        logic,
        2023,
        prev_PlacedAdoption=[placed("a", date(2021, 10, 1)), placed("c", None)],
        PlacedAdoption=[
            placed("a", date(2021, 10, 1)),  # row 1 PASS: in last year's return
            placed("b", date(2022, 3, 31)),  # row 2 FAIL: the day before the year, not last year
            placed("c", date(2021, 10, 1)),  # row 3 FAIL: last year's record had no date
            placed("d", date(2022, 4, 1)),  # row 4 PASS: decided this year
        ],
    )
    assert rows(findings) == [2, 3]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, PlacedAdoption=[placed("b", date(2020, 1, 1))]) == []

"""584: after last year's decision ceased, a decision this year is dated after it."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_584 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run

DECIDED = date(2021, 10, 1)


def test_a_decision_not_after_a_ceased_one_is_reported():
    findings = run(
        logic,
        2023,
        prev_PlacedAdoption=[
            placed("a", DECIDED, date(2022, 2, 1), "RD1"),  # ceased
            placed("b", DECIDED, date(2022, 2, 1), "RD1"),  # ceased
            placed("c", DECIDED),  # in force
            placed("d", DECIDED, None, "RD3"),  # a reason alone: ceased
        ],
        PlacedAdoption=[
            placed("a", date(2022, 6, 1)),  # row 1 PASS: a new decision, later
            placed("b", date(2021, 9, 30)),  # row 2 FAIL: before the ceased decision
            placed("c", date(2021, 9, 30)),  # row 3 PASS: last year's was not ceased (560's)
            placed("d", DECIDED),  # row 4 FAIL: the same date (561 reports it too)
            placed("d", None),  # row 5 FAIL: no date
        ],
    )
    assert rows(findings) == [2, 4, 5]

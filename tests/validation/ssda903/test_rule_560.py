"""560: a decision in force last year carries on with the same date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_560 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run

DECIDED = date(2021, 10, 1)


def test_a_decision_in_force_keeps_its_date():
    findings = run(
        logic,
        2023,
        prev_PlacedAdoption=[
            placed("a", DECIDED),  # in force
            placed("b", DECIDED),  # in force
            placed("c", DECIDED, date(2022, 2, 1), "RD1"),  # ceased last year
            placed("d", DECIDED),  # in force
        ],
        PlacedAdoption=[
            placed("a", DECIDED),  # row 1 PASS: carried on
            placed("b", date(2021, 10, 2)),  # row 2 FAIL: a new date, b's decision is lost
            placed("c", date(2022, 6, 1)),  # row 3 PASS: a new decision after one ceased
            placed("d", DECIDED, date(2022, 6, 1), "RD2"),  # row 4 PASS: carried on, then ceased
            placed("d", date(2022, 9, 1)),  # row 5 PASS: d's later decision
        ],
    )
    assert rows(findings) == [2]

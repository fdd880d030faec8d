"""184: decision to place for adoption before birth."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_184 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_decision_before_the_birth_month_fails():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2022, 6, 1)), header("b", dob=date(2022, 6, 1))],
        PlacedAdoption=[
            {"child": "a", "DATE_PLACED": date(2022, 5, 31)},  # row 1 FAIL: before June 2022
            {"child": "a", "DATE_PLACED": date(2022, 6, 1)},  # row 2 PASS: in the birth month
            {"child": "b", "DATE_PLACED": date(2022, 9, 1)},  # row 3 PASS
            {"child": "z", "DATE_PLACED": date(2000, 1, 1)},  # row 4 PASS: no Header to compare
        ],
    )
    assert rows(findings) == [1]

"""203: date of birth differs from last year's return."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_203 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_birth_month_compared_with_last_year():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2010, 5, 1)),  # row 1 PASS: the same month
            header("b", dob=date(2010, 6, 1)),  # row 2 FAIL: was May 2010
        ],
        prev_Header=[header("a", dob=date(2010, 5, 1)), header("b", dob=date(2010, 5, 1))],
    )
    assert rows(findings) == [2]

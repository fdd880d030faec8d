"""708: a DoLO starting before the child's birth (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_708 import logic
from tests.validation.ssda903._dfe_high import rows, run

# Birth dates are stored as the first of their month (born some day in May 2012).
DOB = date(2012, 5, 1)


def test_a_start_before_the_birth_month_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOB": DOB, "DOLO_START": date(2012, 4, 30)},  # row 1 FAIL
            {"child": "b", "DOB": DOB, "DOLO_START": date(2012, 5, 1)},  # row 2 PASS: may be after
            {"child": "c", "DOB": DOB, "DOLO_START": date(2026, 5, 1)},  # row 3 PASS
        ],
    )
    assert rows(findings) == [1]

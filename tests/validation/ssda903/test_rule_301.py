"""301: date of birth after the year ended."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_301 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_birth_after_31_march():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2023, 3, 1)),  # row 1 PASS: born in March 2023
            header("b", dob=date(2023, 4, 1)),  # row 2 FAIL: after 31 March 2023
        ],
    )
    assert rows(findings) == [2]

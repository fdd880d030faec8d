"""351: over 25 at the start of the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_351 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_over_25():
    # 2023 starts on 1 April 2022.
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(1997, 2, 1)),  # row 1 FAIL: 25 by February 2022
            header("b", dob=date(1997, 3, 1)),  # row 2 FAIL: 25 by 31 March 2022 at the latest
            header("c", dob=date(1997, 4, 1)),  # row 3 PASS: 25 in April 2022
        ],
    )
    assert rows(findings) == [1, 2]

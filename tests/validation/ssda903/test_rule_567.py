"""567: a missing period cannot end before it starts."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_567 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_an_end_before_the_start_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 6, 1), date(2022, 6, 1)),  # row 1 PASS: the same day
            missing("b", date(2022, 6, 2), date(2022, 6, 1)),  # row 2 FAIL
            missing("c", date(2022, 6, 2)),  # row 3 PASS: open
        ],
    )
    assert rows(findings) == [2]

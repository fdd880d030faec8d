"""564: missing or away needs a start date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_564 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_a_period_without_a_start_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 6, 1)),  # row 1 PASS
            missing("b", None),  # row 2 FAIL: M without a start
            missing("c", None, kind="a"),  # row 3 FAIL: lower case is still away
            missing("d", None, kind=None),  # row 4 PASS: nothing recorded (another rule's)
        ],
    )
    assert rows(findings) == [2, 3]

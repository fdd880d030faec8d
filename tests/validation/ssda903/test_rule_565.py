"""565: a start date needs missing (M) or away (A)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_565 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_a_start_without_the_kind_of_absence_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 6, 1)),  # row 1 PASS
            missing("b", date(2022, 6, 1), kind=None),  # row 2 FAIL
            missing("c", None, kind=None),  # row 3 PASS: no start either
        ],
    )
    assert rows(findings) == [2]

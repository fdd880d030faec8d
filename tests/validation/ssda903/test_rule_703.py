"""703: a DoLO starting after 31 March of the collection year (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_703 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_a_start_after_31_march_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": date(2027, 3, 31)},  # row 1 PASS: the last day
            {"child": "b", "DOLO_START": date(2027, 4, 1)},  # row 2 FAIL: next year
            {"child": "c", "DOLO_START": date(2025, 1, 1)},  # row 3 PASS: an older order
        ],
    )
    assert rows(findings) == [2]

"""702: a DoLO ending before it starts (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_702 import logic
from tests.validation.ssda903._dfe_high import rows, run

START = date(2026, 6, 10)


def test_an_end_before_the_start_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": START, "DOLO_END": date(2026, 6, 9)},  # row 1 FAIL
            {"child": "b", "DOLO_START": START, "DOLO_END": START},  # row 2 PASS: same day
            {"child": "c", "DOLO_START": START, "DOLO_END": None},  # row 3 PASS: open
            {"child": "d", "DOLO_START": START, "DOLO_END": date(2026, 7, 1)},  # row 4 PASS
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].value == "2026-06-09"

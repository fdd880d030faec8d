"""704: a DoLO ending outside the collection year (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_704 import logic
from tests.validation.ssda903._dfe_high import rows, run

START = date(2025, 6, 1)


def test_an_end_outside_1_april_to_31_march_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": START, "DOLO_END": date(2026, 3, 31)},  # row 1 FAIL
            {"child": "b", "DOLO_START": START, "DOLO_END": date(2026, 4, 1)},  # row 2 PASS
            {"child": "c", "DOLO_START": START, "DOLO_END": date(2027, 3, 31)},  # row 3 PASS
            {"child": "d", "DOLO_START": START, "DOLO_END": date(2027, 4, 1)},  # row 4 FAIL
            {"child": "e", "DOLO_START": START, "DOLO_END": None},  # row 5 PASS: open
        ],
    )
    assert rows(findings) == [1, 4]

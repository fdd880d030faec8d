"""705: a DoLO starting while the child's previous one is open (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_705 import logic
from tests.validation.ssda903._dfe_high import rows, run


def dolo(child, start, end=None):
    return {"child": child, "DOLO_START": start, "DOLO_END": end}


def test_an_order_starting_inside_the_previous_one_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            dolo("a", date(2026, 5, 1), date(2026, 6, 1)),  # row 1 PASS: the first
            dolo("a", date(2026, 6, 1)),  # row 2 PASS: starts the day the first ended
            dolo("b", date(2026, 5, 1)),  # row 3 PASS: the first, still open
            dolo("b", date(2026, 8, 1)),  # row 4 FAIL: row 3 is still open
            dolo("c", date(2026, 7, 1)),  # row 5 FAIL: row 6 (earlier) ends after it starts
            dolo("c", date(2026, 5, 1), date(2026, 7, 15)),  # row 6 PASS: c's first
            dolo("d", date(2026, 5, 1), date(2026, 5, 2)),  # row 7 PASS: one order only
        ],
    )
    assert rows(findings) == [4, 5]

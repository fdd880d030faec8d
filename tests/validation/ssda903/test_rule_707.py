"""707: an open DoLO for a child who has left care (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_707 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run

START = date(2026, 5, 1)


def test_an_open_order_after_care_ended_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": START, "DOLO_END": None},  # row 1 FAIL: care ended
            {"child": "b", "DOLO_START": START, "DOLO_END": None},  # row 2 PASS: still in care
            {"child": "c", "DOLO_START": START, "DOLO_END": date(2026, 8, 1)},  # row 3 PASS
            {"child": "d", "DOLO_START": START, "DOLO_END": None},  # row 4 PASS: moved, in care
        ],
        Episodes=[
            episode("a", START, date(2026, 9, 1), rec="E4A"),
            episode("b", START),
            episode("c", START, date(2026, 9, 1), rec="E4A"),
            episode("d", START, date(2026, 7, 1), rec="X1"),
            episode("d", date(2026, 7, 1), rne="P"),
        ],
    )
    assert rows(findings) == [1]

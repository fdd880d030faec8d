"""710: a DoLO overlapping a K1, P1, R5 or K3 placement (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_710 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def dolo(child, start, end):
    return {"child": child, "DOLO_START": start, "DOLO_END": end}


def test_an_order_overlapping_a_forbidden_placement_is_reported():
    findings = run(
        logic,
        2027,
        DoLo=[
            dolo("a", date(2026, 6, 1), date(2026, 9, 1)),  # row 1 FAIL: secure home (K1)
            dolo("b", date(2026, 6, 1), date(2026, 9, 1)),  # row 2 PASS: children's home
            dolo("c", date(2026, 6, 1), date(2026, 9, 1)),  # row 3 PASS: R5 began after it ended
            dolo("d", date(2026, 6, 1), date(2026, 9, 1)),  # row 4 FAIL: P1 ends on its first day
        ],
        Episodes=[
            episode("a", date(2026, 5, 1), place="K1"),
            episode("b", date(2026, 5, 1), place="K2"),
            episode("c", date(2026, 5, 1), date(2026, 9, 2), place="K2", rec="X1"),
            episode("c", date(2026, 9, 2), rne="P", place="R5"),
            episode("d", date(2026, 4, 1), date(2026, 6, 1), place="P1", rec="X1"),
            episode("d", date(2026, 6, 1), rne="P", place="K2"),
        ],
    )
    assert rows(findings) == [1, 4]

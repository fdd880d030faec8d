"""709: a DoLO overlapping a placement type other than K2, Z12 or Z13 (from 2026-27)."""

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.rules.ssda903.rule_709 import logic
from tests.validation.ssda903._dfe_high import episode, rows, run


def dolo(child, start, end):
    return {"child": child, "DOLO_START": start, "DOLO_END": end}


def test_an_order_overlapping_an_unexpected_placement_is_queried():
    findings = run(
        logic,
        2027,
        DoLo=[
            dolo("a", date(2026, 6, 1), date(2026, 9, 1)),  # row 1 PASS: in K2 throughout
            dolo("b", date(2026, 6, 1), date(2026, 9, 1)),  # row 2 FAIL: U1 from 1 August
            dolo("c", date(2026, 6, 1), None),  # row 3 PASS: no end date (not checked)
            dolo("d", date(2026, 6, 1), date(2026, 6, 30)),  # row 4 PASS: U1 ended 31 May
            dolo("e", date(2026, 6, 1), date(2026, 6, 30)),  # row 5 FAIL: U4 open since May
        ],
        Episodes=[
            episode("a", date(2026, 5, 1), place="K2"),
            episode("b", date(2026, 5, 1), date(2026, 8, 1), place="Z12", rec="X1"),
            episode("b", date(2026, 8, 1), rne="P", place="U1"),
            episode("c", date(2026, 5, 1), place="U1"),
            episode("d", date(2026, 1, 1), date(2026, 5, 31), place="U1", rec="X1"),
            episode("d", date(2026, 5, 31), rne="P", place="K2"),
            episode("e", date(2026, 5, 1), place="U4"),
        ],
    )
    assert rows(findings) == [2, 5]
    assert sorted(f.value for f in findings) == [
        "U1",
        "U4",
    ]
    assert logic.rule.severity is Severity.WARNING

"""701: a DoLO's end date given but not a date (from 2026-27)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_701 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_an_end_that_is_not_a_date_is_reported_a_blank_one_is_not():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": date(2026, 6, 1), "DOLO_END": None},  # row 1 PASS: open
            {"child": "b", "DOLO_START": date(2026, 6, 1), "DOLO_END": None},  # row 2 FAIL
            {"child": "c", "DOLO_START": date(2026, 6, 1), "DOLO_END": date(2026, 9, 1)},  # PASS
        ],
        unparsed=[
            {
                "table": "DoLo",
                "field": "DOLO_END",
                "position": "row 2",
                "child": "b",
                "value": "soon",
            }
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "soon"

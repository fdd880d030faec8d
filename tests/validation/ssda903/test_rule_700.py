"""700: a DoLO's start date missing or not a date (from 2026-27)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_700 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_the_start_is_a_date():
    findings = run(
        logic,
        2027,
        DoLo=[
            {"child": "a", "DOLO_START": date(2026, 6, 1)},  # row 1 PASS
            {"child": "b", "DOLO_START": None},  # row 2 FAIL: blank
            {"child": "c", "DOLO_START": None},  # row 3 FAIL: not a date when read
        ],
        unparsed=[
            {
                "table": "DoLo",
                "field": "DOLO_START",
                "position": "row 3",
                "child": "c",
                "value": "31/06/2026",
            }
        ],
    )
    assert rows(findings) == [2, 3]
    assert [f.value for f in findings] == ["", "31/06/2026"]


def test_from_2026_27():
    assert logic.rule in rules_for("ssda903", 2027)
    assert logic.rule not in rules_for("ssda903", 2026)

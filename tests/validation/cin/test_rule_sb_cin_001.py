"""SB-CIN-001: two child protection plans open at once."""

from datetime import date

from safeboard.validation.rules.cin.rule_sb_cin_001 import logic
from tests.validation.harness import run_rule

RULE = logic.rule


def plan(child, start, end=None):
    return {"child": child, "plan": 1, "CPPstartDate": start, "CPPendDate": end}


def test_overlapping_plans_are_reported_on_the_later_one():
    findings = run_rule(
        RULE,
        kind="cin",
        year=2018,
        tables={
            "cp_plan": [
                plan(
                    "a", date(2017, 4, 1), date(2017, 9, 30)
                ),  # row 1 PASS: ends before row 2 starts
                plan("a", date(2017, 10, 1)),  # row 2 PASS: starts the day after
                plan("b", date(2017, 4, 1)),  # row 3 PASS alone, but still open when row 4 starts
                plan("b", date(2017, 6, 1), date(2017, 8, 1)),  # row 4 FAIL: inside row 3
                plan("c", date(2017, 5, 1), date(2017, 7, 2)),  # row 5 PASS: earlier plan ends...
                plan("c", date(2017, 7, 1)),  # row 6 FAIL: ...the day after this one starts
                plan("d", date(2017, 5, 1)),  # row 7 PASS: same start as row 8, first in file
                plan("d", date(2017, 5, 1)),  # row 8 FAIL: two plans from the same day
                plan("e", date(2017, 5, 1), date(2017, 7, 1)),  # row 9 PASS: ends the day...
                plan("e", date(2017, 7, 1)),  # row 10 PASS: ...this one starts (a handover)
            ]
        },
    )
    assert sorted((f.position, f.child) for f in findings) == [
        ("row 4", "b"),
        ("row 6", "c"),
        ("row 8", "d"),
    ]
    assert {f.rule for f in findings} == {"SB-CIN-001"}
    assert findings[0].message == "The child has two child protection plans open at the same time."
    assert findings[0].severity.value == "warning"
    assert {f.child: f.value for f in findings}["b"] == "2017-06-01"


def test_one_plan_per_child_passes():
    findings = run_rule(
        RULE,
        kind="cin",
        year=2018,
        tables={"cp_plan": [plan("a", date(2017, 4, 1)), plan("b", date(2017, 4, 1))]},  # PASS both
    )
    assert findings == []

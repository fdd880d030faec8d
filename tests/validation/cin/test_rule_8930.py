"""8930: a plan's end date outside the census year."""

from safeboard.validation.rules.cin.rule_8930 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing

RULE = logic.rule


def test_plan_ends_outside_the_year_fail():
    rows = [
        cp_plan("a", CPPendDate=D(2025, 4, 1)),  # row 1 PASS: first day of 2025-26
        cp_plan("b", CPPendDate=D(2026, 3, 31)),  # row 2 PASS: the ReferenceDate
        cp_plan("c", CPPendDate=D(2025, 3, 31)),  # row 3 FAIL: last year
        cp_plan("d", CPPendDate=D(2026, 4, 1)),  # row 4 FAIL: next year
        cp_plan("e"),  # row 5 PASS: open
    ]
    assert failing(RULE, 2026, cp_plan=rows) == [("row 3", "c"), ("row 4", "d")]

"""8720: child protection plan start date missing or after the ReferenceDate."""

from safeboard.validation.rules.cin.rule_8720 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing

RULE = logic.rule


def test_missing_or_future_plan_starts_fail():
    rows = [
        cp_plan("a", CPPstartDate=D(2019, 3, 31)),  # row 1 PASS: the ReferenceDate
        cp_plan("b", CPPstartDate=D(2019, 4, 1)),  # row 2 FAIL: the day after
        cp_plan("c"),  # row 3 FAIL: no start
        cp_plan("d", CPPstartDate=D(2015, 6, 1)),  # row 4 PASS: a long plan
    ]
    assert failing(RULE, 2019, cp_plan=rows) == [("row 2", "b"), ("row 3", "c")]

"""8925: a plan ending before it started."""

from safeboard.validation.rules.cin.rule_8925 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing

RULE = logic.rule


def test_plans_ending_before_they_start_fail():
    rows = [
        cp_plan("a", CPPstartDate=D(2022, 5, 2), CPPendDate=D(2022, 5, 1)),  # row 1 FAIL
        cp_plan(
            "b", CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 5, 1)
        ),  # row 2 PASS here (8840)
        cp_plan("c", CPPstartDate=D(2022, 5, 1)),  # row 3 PASS: open
    ]
    assert failing(RULE, 2023, cp_plan=rows) == [("row 1", "a")]

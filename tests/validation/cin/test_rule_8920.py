"""8920: a plan ending after the child's death."""

from safeboard.validation.rules.cin.rule_8920 import logic
from tests.validation.cin.dfe_high_rows import D, child, cp_plan, failing

RULE = logic.rule


def test_plans_ending_after_death_fail():
    children = [child("a", PersonDeathDate=D(2022, 6, 1)), child("b")]
    plans = [
        cp_plan("a", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 6, 1)),  # row 1 PASS: on the day
        cp_plan("a", 2, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 6, 2)),  # row 2 FAIL: a day after
        cp_plan("a", 3, CPPstartDate=D(2022, 5, 1)),  # row 3 PASS here: open (no end to compare)
        cp_plan("b", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 6, 2)),  # row 4 PASS: alive
    ]  # fmt: skip
    assert failing(RULE, 2023, cp_plan=plans, child=children) == [("row 2", "a")]

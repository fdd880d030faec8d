"""8915: a plan starting after the child's death."""

from safeboard.validation.rules.cin.rule_8915 import logic
from tests.validation.cin.dfe_high_rows import D, child, cp_plan, failing

RULE = logic.rule


def test_plans_starting_after_death_fail():
    children = [child("a", PersonDeathDate=D(2022, 6, 1)), child("b")]
    plans = [
        cp_plan("a", 1, CPPstartDate=D(2022, 6, 1)),  # row 1 PASS: the same day
        cp_plan("a", 2, CPPstartDate=D(2022, 6, 2)),  # row 2 FAIL: the day after
        cp_plan("b", 1, CPPstartDate=D(2022, 6, 2)),  # row 3 PASS: alive
    ]
    assert failing(RULE, 2023, cp_plan=plans, child=children) == [("row 2", "a")]

"""4008: no CIN plan starting after the child's death."""

from safeboard.validation.rules.cin.rule_4008 import logic
from tests.validation.cin.dfe_low_rows import D, child, cin_plan, failing

RULE = logic.rule


def test_cin_plans_starting_after_death_fail():
    children = [child("a", PersonDeathDate=D(2023, 1, 10)), child("b")]
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2023, 1, 10)),  # row 1 PASS: the same day
        cin_plan("a", 2, CINPlanStartDate=D(2023, 1, 11)),  # row 2 FAIL: the day after
        cin_plan("b", 1, CINPlanStartDate=D(2023, 1, 11)),  # row 3 PASS: b has not died
    ]
    assert failing(RULE, 2023, cin_plan=rows, child=children) == [("cin_plan", "row 2", "a")]

"""4017: no child protection plan starting during a CIN plan."""

from safeboard.validation.rules.cin.rule_4017 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, cp_plan, failing

RULE = logic.rule


def test_cp_plans_starting_within_a_cin_plan_fail():
    cin_plans = [
        cin_plan("a", CINPlanStartDate=D(2022, 6, 1), CINPlanEndDate=D(2022, 9, 1)),
        cin_plan("b", 1, 2, CINPlanStartDate=D(2022, 6, 1)),  # open, on episode 2
    ]
    rows = [
        cp_plan("a", 1, CPPstartDate=D(2022, 5, 31)),  # row 1 PASS: the day before
        cp_plan("a", 2, CPPstartDate=D(2022, 6, 1)),  # row 2 FAIL: the CIN plan's first day
        cp_plan("a", 3, CPPstartDate=D(2022, 9, 1)),  # row 3 PASS: the day it ends
        cp_plan("b", 1, CPPstartDate=D(2023, 3, 31)),  # row 4 FAIL: the open CIN plan
        cp_plan("c", 1, CPPstartDate=D(2022, 7, 1)),  # row 5 PASS: c has no CIN plan
    ]
    assert failing(RULE, 2023, cp_plan=rows, cin_plan=cin_plans) == [
        ("cp_plan", "row 2", "a"),
        ("cp_plan", "row 4", "b"),
    ]

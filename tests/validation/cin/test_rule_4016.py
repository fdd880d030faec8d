"""4016: no CIN plan starting during a child protection plan."""

from safeboard.validation.rules.cin.rule_4016 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, cp_plan, failing

RULE = logic.rule


def test_cin_plans_starting_within_a_cp_plan_fail():
    cp_plans = [
        cp_plan("a", CPPstartDate=D(2022, 6, 1), CPPendDate=D(2022, 9, 1)),
        cp_plan("b", 1, 2, CPPstartDate=D(2022, 6, 1)),  # open, on episode 2
    ]
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 31)),  # row 1 PASS: the day before
        cin_plan("a", 2, CINPlanStartDate=D(2022, 6, 1)),  # row 2 FAIL: the CP plan's first day
        cin_plan("a", 3, CINPlanStartDate=D(2022, 8, 31)),  # row 3 FAIL: its last full day
        cin_plan("a", 4, CINPlanStartDate=D(2022, 9, 1)),  # row 4 PASS: the day it ends
        cin_plan("b", 1, CINPlanStartDate=D(2023, 1, 1)),  # row 5 FAIL: the open plan (any episode)
        cin_plan("c", 1, CINPlanStartDate=D(2022, 7, 1)),  # row 6 PASS: c has no CP plan
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_plan=rows, cp_plan=cp_plans) == [
        ("cin_plan", "row 2", "a"),
        ("cin_plan", "row 3", "a"),
        ("cin_plan", "row 5", "b"),
    ]

"""4001: no open CIN plan beside an open child protection plan in one episode."""

from safeboard.validation.rules.cin.rule_4001 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, cp_plan, failing

RULE = logic.rule


def test_an_open_cin_plan_beside_an_open_cp_plan_fails():
    cp_plans = [
        cp_plan("a", CPPstartDate=D(2023, 1, 1)),  # open, episode 1
        cp_plan("b", CPPstartDate=D(2023, 1, 1), CPPendDate=D(2023, 2, 1)),  # ended
        cp_plan("c", 1, 2, CPPstartDate=D(2023, 1, 1)),  # open, episode 2
    ]
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 6, 1)),  # row 1 FAIL: open beside a's open plan
        cin_plan("a", 2, CINPlanStartDate=D(2022, 6, 1), CINPlanEndDate=D(2023, 1, 1)),  # row 2 PASS: ended
        cin_plan("b", 1, CINPlanStartDate=D(2023, 2, 1)),  # row 3 PASS: b's plan ended
        cin_plan("c", 1, CINPlanStartDate=D(2022, 6, 1)),  # row 4 PASS: c's open plan is on episode 2
        cin_plan("a", 3),  # row 5 PASS here: no start date (4010)
    ]  # fmt: skip
    assert failing(RULE, 2024, cin_plan=rows, cp_plan=cp_plans) == [("cin_plan", "row 1", "a")]

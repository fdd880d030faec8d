"""4003: no child protection plan review while a CIN plan of the episode is open."""

from safeboard.validation.rules.cin.rule_4003 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, cp_plan, failing, review

RULE = logic.rule


def test_reviews_within_a_cin_plan_fail_unless_they_end_the_plan():
    cin_plans = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2022, 9, 1)),
        cin_plan("b", 1, CINPlanStartDate=D(2022, 10, 1)),  # still open
        cin_plan("c", 1, 2, CINPlanStartDate=D(2022, 5, 1)),  # episode 2
    ]
    cp_plans = [
        cp_plan("a", CPPstartDate=D(2022, 1, 1), CPPendDate=D(2022, 5, 1)),
        cp_plan("b", CPPstartDate=D(2022, 6, 1), CPPendDate=D(2022, 10, 1)),
        cp_plan("c", CPPstartDate=D(2022, 1, 1)),
    ]
    reviews = [
        review("a", D(2022, 4, 30)),  # row 1 PASS: before the CIN plan
        review("a", D(2022, 5, 1), 2),  # row 2 PASS: the day the CP plan ended (and the CIN plan started)
        review("a", D(2022, 6, 1), 3),  # row 3 FAIL: within the CIN plan
        review("a", D(2022, 9, 1), 4),  # row 4 PASS: the CIN plan's end day
        review("b", D(2022, 10, 1)),  # row 5 PASS: the CP plan's end day
        review("b", D(2023, 1, 5), 2),  # row 6 FAIL: within an open CIN plan
        review("c", D(2022, 6, 1)),  # row 7 PASS: c's CIN plan is on another episode
    ]  # fmt: skip
    assert failing(RULE, 2023, cp_review=reviews, cp_plan=cp_plans, cin_plan=cin_plans) == [
        ("cp_review", "row 3", "a"),
        ("cp_review", "row 6", "b"),
    ]

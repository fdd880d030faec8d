"""4004: one open CIN plan per episode at most."""

from safeboard.validation.rules.cin.rule_4004 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing

RULE = logic.rule


def test_two_open_cin_plans_in_one_episode_fail_both():
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 1)),  # row 1 FAIL: open, with row 2
        cin_plan("a", 2, CINPlanStartDate=D(2022, 8, 1)),  # row 2 FAIL: open, with row 1
        cin_plan("a", 3, CINPlanStartDate=D(2022, 4, 1), CINPlanEndDate=D(2022, 4, 30)),  # row 3 PASS: ended
        cin_plan("b", 1, CINPlanStartDate=D(2022, 5, 1)),  # row 4 PASS: b's only open plan...
        cin_plan("b", 1, 2, CINPlanStartDate=D(2022, 9, 1)),  # row 5 PASS: ...per episode
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_plan=rows) == [
        ("cin_plan", "row 1", "a"),
        ("cin_plan", "row 2", "a"),
    ]

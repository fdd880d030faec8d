"""4014: a child's CIN plans do not overlap."""

from safeboard.validation.rules.cin.rule_4014 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing

RULE = logic.rule


def test_a_plan_starting_within_another_fails():
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2022, 7, 1)),  # row 1 PASS: the earlier
        cin_plan("a", 2, CINPlanStartDate=D(2022, 6, 1), CINPlanEndDate=D(2022, 8, 1)),  # row 2 FAIL: starts within row 1
        cin_plan("b", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2022, 7, 1)),  # row 3 PASS
        cin_plan("b", 2, CINPlanStartDate=D(2022, 7, 1)),  # row 4 FAIL: starts the day row 3 ends
        cin_plan("b", 3, CINPlanStartDate=D(2022, 7, 2)),  # row 5 FAIL: within row 4, still open
        cin_plan("c", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2022, 7, 1)),  # row 6 PASS
        cin_plan("c", 2, CINPlanStartDate=D(2022, 7, 2)),  # row 7 PASS: the day after
        cin_plan("d", 1, CINPlanStartDate=D(2022, 5, 1)),  # row 8 FAIL: same start as row 9
        cin_plan("d", 1, 2, CINPlanStartDate=D(2022, 5, 1)),  # row 9 FAIL: same start, other episode
        cin_plan("e", 1, CINPlanStartDate=D(2022, 5, 1)),  # row 10 PASS: e's only plan
        cin_plan("e", 2),  # row 11 PASS here: no start date (4010)
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_plan=rows) == [
        ("cin_plan", "row 2", "a"),
        ("cin_plan", "row 4", "b"),
        ("cin_plan", "row 5", "b"),
        ("cin_plan", "row 8", "d"),
        ("cin_plan", "row 9", "d"),
    ]


def test_plans_written_on_one_line_are_still_two_plans():
    # A file without line breaks: both plans have the position "child 1 (line 1)".
    where = {"_position": "child 1 (line 1)"}
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2022, 7, 1), **where),  # PASS
        cin_plan("a", 2, CINPlanStartDate=D(2022, 6, 1), **where),  # FAIL: within plan 1
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_plan=rows) == [("cin_plan", "child 1 (line 1)", "a")]

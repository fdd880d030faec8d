"""8841: a review on or before its plan's start."""

from safeboard.validation.rules.cin.rule_8841 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing, review

RULE = logic.rule


def test_reviews_not_after_the_plan_start_fail():
    plans = [
        cp_plan("a", 1, CPPstartDate=D(2022, 5, 1)),
        cp_plan("a", 2, CPPstartDate=D(2022, 9, 1)),
    ]
    reviews = [
        review("a", D(2022, 5, 2), number=1, plan=1),  # row 1 PASS: the day after
        review("a", D(2022, 5, 1), number=2, plan=1),  # row 2 FAIL: the same day
        review("a", D(2022, 4, 1), number=3, plan=1),  # row 3 FAIL: before
        review("a", D(2022, 8, 1), number=1, plan=2),  # row 4 FAIL: before its own plan (2)...
        review("a", D(2022, 10, 1), number=2, plan=2),  # row 5 PASS: ...though after plan 1
        review("b", D(2022, 1, 1)),  # row 6 PASS here: no plan row to compare with
    ]
    assert failing(RULE, 2023, cp_review=reviews, cp_plan=plans) == [
        ("row 2", "a"),
        ("row 3", "a"),
        ("row 4", "a"),
    ]

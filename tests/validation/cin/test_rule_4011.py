"""4011: a CIN plan does not end before it starts."""

from safeboard.validation.rules.cin.rule_4011 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing

RULE = logic.rule


def test_an_end_before_the_start_fails():
    rows = [
        cin_plan("a", CINPlanStartDate=D(2022, 6, 2), CINPlanEndDate=D(2022, 6, 1)),  # row 1 FAIL
        cin_plan("b", CINPlanStartDate=D(2022, 6, 1), CINPlanEndDate=D(2022, 6, 1)),  # row 2 PASS: same day (4012Q)
        cin_plan("c", CINPlanStartDate=D(2022, 6, 1)),  # row 3 PASS: open
        cin_plan("d", CINPlanEndDate=D(2022, 6, 1)),  # row 4 PASS here: no start (4010)
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_plan=rows) == [("cin_plan", "row 1", "a")]

"""4013: a CIN plan's end date lies within the census year."""

from safeboard.validation.rules.cin.rule_4013 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing

RULE = logic.rule


def test_end_dates_outside_the_year_fail():
    rows = [
        cin_plan("a", CINPlanEndDate=D(2022, 4, 1)),  # row 1 PASS: the first day of 2022-23
        cin_plan("b", CINPlanEndDate=D(2023, 3, 31)),  # row 2 PASS: its last
        cin_plan("c", CINPlanEndDate=D(2022, 3, 31)),  # row 3 FAIL: the year before
        cin_plan("d", CINPlanEndDate=D(2023, 4, 1)),  # row 4 FAIL: the year after
        cin_plan("e"),  # row 5 PASS: open
    ]
    assert failing(RULE, 2023, cin_plan=rows) == [
        ("cin_plan", "row 3", "c"),
        ("cin_plan", "row 4", "d"),
    ]

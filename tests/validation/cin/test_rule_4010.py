"""4010: a CIN plan's start date is given and no later than 31 March."""

from safeboard.validation.rules.cin.rule_4010 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing

RULE = logic.rule


def test_missing_or_later_start_dates_fail():
    rows = [
        cin_plan("a", CINPlanStartDate=D(2023, 3, 31)),  # row 1 PASS: the ReferenceDate
        cin_plan("b", CINPlanStartDate=D(2023, 4, 1)),  # row 2 FAIL: the day after
        cin_plan("c"),  # row 3 FAIL: missing
        cin_plan("d", CINPlanStartDate=D(2020, 1, 1)),  # row 4 PASS: long before is allowed
    ]
    assert failing(RULE, 2023, cin_plan=rows) == [
        ("cin_plan", "row 2", "b"),
        ("cin_plan", "row 3", "c"),
    ]
    # In 2023-24 the day after 31 March 2023 is within the year.
    assert failing(RULE, 2024, cin_plan=rows) == [("cin_plan", "row 3", "c")]

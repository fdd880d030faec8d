"""4012Q: a CIN plan starting and ending the same day."""

from safeboard.validation.rules.cin.rule_4012q import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, failing, findings

RULE = logic.rule


def test_a_one_day_plan_is_queried():
    rows = [
        cin_plan("a", CINPlanStartDate=D(2025, 6, 1), CINPlanEndDate=D(2025, 6, 1)),  # row 1 QUERY
        cin_plan("b", CINPlanStartDate=D(2025, 6, 1), CINPlanEndDate=D(2025, 6, 2)),  # row 2 PASS
        cin_plan("c", CINPlanStartDate=D(2025, 6, 1)),  # row 3 PASS: open
    ]  # fmt: skip
    assert failing(RULE, 2026, cin_plan=rows) == [("cin_plan", "row 1", "a")]
    assert findings(RULE, 2026, cin_plan=rows)[0].severity.value == "warning"

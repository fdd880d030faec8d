"""4009Q: no CIN plan ending after the child's death."""

from safeboard.validation.rules.cin.rule_4009q import logic
from tests.validation.cin.dfe_low_rows import D, child, cin_plan, failing, findings

RULE = logic.rule


def test_cin_plans_ending_after_death_are_queried():
    children = [child("a", PersonDeathDate=D(2023, 1, 10)), child("b")]
    rows = [
        cin_plan("a", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2023, 1, 10)),  # row 1 PASS: ends that day
        cin_plan("a", 2, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2023, 2, 1)),  # row 2 QUERY: after
        cin_plan("a", 3, CINPlanStartDate=D(2022, 5, 1)),  # row 3 PASS here: open (other rules)
        cin_plan("b", 1, CINPlanStartDate=D(2022, 5, 1), CINPlanEndDate=D(2023, 2, 1)),  # row 4 PASS: alive
    ]  # fmt: skip
    assert failing(RULE, 2024, cin_plan=rows, child=children) == [("cin_plan", "row 2", "a")]
    [found] = findings(RULE, 2024, cin_plan=rows, child=children)
    assert (found.severity.value, found.value) == ("warning", "2023-02-01")

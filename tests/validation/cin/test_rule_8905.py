"""8905: initial category of abuse missing or invalid."""

from safeboard.validation.rules.cin.rule_8905 import logic
from tests.validation.cin.dfe_high_rows import cp_plan, failing

RULE = logic.rule


def test_missing_or_unknown_categories_fail():
    rows = [
        cp_plan("a", InitialCategoryOfAbuse="NEG"),  # row 1 PASS
        cp_plan("b", InitialCategoryOfAbuse="MUL"),  # row 2 PASS
        cp_plan("c"),  # row 3 FAIL: missing
        cp_plan("d", InitialCategoryOfAbuse="NEGLECT"),  # row 4 FAIL: not a code
    ]
    assert failing(RULE, 2018, cp_plan=rows) == [("row 3", "c"), ("row 4", "d")]

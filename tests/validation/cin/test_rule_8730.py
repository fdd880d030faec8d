"""8730: number of previous child protection plans missing."""

from safeboard.validation.rules.cin.rule_8730 import logic
from tests.validation.cin.dfe_high_rows import cp_plan, failing

RULE = logic.rule


def test_missing_or_negative_counts_fail():
    rows = [
        cp_plan("a", NumberOfPreviousCPP=0),  # row 1 PASS: no earlier plan, and said so
        cp_plan("b", NumberOfPreviousCPP=3),  # row 2 PASS
        cp_plan("c"),  # row 3 FAIL: missing
        cp_plan("d", NumberOfPreviousCPP=-1),  # row 4 FAIL: not a count
    ]
    assert failing(RULE, 2022, cp_plan=rows) == [("row 3", "c"), ("row 4", "d")]

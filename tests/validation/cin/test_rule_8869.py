"""8869: factor 21 beside other factors."""

from safeboard.validation.rules.cin.rule_8869 import logic
from tests.validation.cin.dfe_high_rows import factor, failing

RULE = logic.rule


def test_factors_beside_21_fail():
    rows = [
        factor("a", "21"),  # row 1 PASS: 21 alone
        factor("b", "21"),  # row 2 PASS: the 21 itself is not reported...
        factor("b", "3B"),  # row 3 FAIL: ...the factor beside it is
        factor("b", "21", assessment=2),  # row 4 PASS: another assessment of b...
        factor("b", "4A", assessment=3),  # row 5 PASS: ...and a third, without 21
        factor("c", "1A"),  # row 6 PASS
    ]
    assert failing(RULE, 2023, assessment_factor=rows) == [("row 3", "b")]

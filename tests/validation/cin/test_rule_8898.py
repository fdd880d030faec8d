"""8898: the same factor twice on an assessment."""

from safeboard.validation.rules.cin.rule_8898 import logic
from tests.validation.cin.dfe_high_rows import factor, failing

RULE = logic.rule


def test_repeated_factors_fail_every_time():
    rows = [
        factor("a", "3B"),  # row 1 FAIL: 3B twice on a's assessment 1
        factor("a", "3B"),  # row 2 FAIL
        factor("a", "4A"),  # row 3 PASS
        factor("a", "3B", assessment=2),  # row 4 PASS: another assessment
        factor("b", "3B"),  # row 5 PASS: another child
    ]
    assert failing(RULE, 2023, assessment_factor=rows) == [("row 1", "a"), ("row 2", "a")]

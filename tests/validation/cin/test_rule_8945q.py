"""8945Q: factor 18A still used, from 2024-25."""

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.cin.rule_8945q import logic
from tests.validation.cin.dfe_high_rows import factor, failing

RULE = logic.rule


def test_18a_is_queried():
    rows = [
        factor("a", "18A"),  # row 1 QUERY
        factor("b", "18B"),  # row 2 PASS
        factor("c", "18C"),  # row 3 PASS
        factor("d", "18a"),  # row 4 QUERY: in any case
    ]
    assert failing(RULE, 2025, assessment_factor=rows) == [("row 1", "a"), ("row 4", "d")]


def test_the_rule_applies_from_2024_25():
    assert RULE in rules_for("cin", 2025)
    assert RULE in rules_for("cin", 2026)
    assert RULE not in rules_for("cin", 2024)

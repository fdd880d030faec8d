"""1580: the LAchildID holds letters and digits only, from 2024-25."""

from safeboard.validation.rules.cin.rule_1580 import logic
from tests.validation.cin.dfe_low_rows import failing, identified

RULE = logic.rule


def test_ids_with_other_characters_fail():
    rows = [
        identified("ABC123xyz"),  # row 1 PASS
        identified("ABC-123"),  # row 2 FAIL: a hyphen
        identified("ABC 123"),  # row 3 FAIL: a space
        identified("Zoë1"),  # row 4 FAIL: ë is not an English letter
        identified("0001"),  # row 5 PASS: digits only
    ]
    assert failing(RULE, 2025, child=rows) == [
        ("child", "row 2", "ABC-123"),
        ("child", "row 3", "ABC 123"),
        ("child", "row 4", "Zoë1"),
    ]


def test_the_rule_starts_in_2024_25():
    rows = [identified("ABC-123")]
    assert failing(RULE, 2024, child=rows) == []  # 2023-24: no such rule
    assert failing(RULE, 2026, child=rows) == [("child", "row 1", "ABC-123")]

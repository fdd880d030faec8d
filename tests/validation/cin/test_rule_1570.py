"""1570: the LAchildID's length, from 2024-25."""

from safeboard.validation.rules.cin.rule_1570 import logic
from tests.validation.cin.dfe_low_rows import failing, findings, identified

RULE = logic.rule


def test_ids_longer_than_20_characters_fail():
    rows = [
        identified("A" * 20),  # row 1 PASS: 20 characters
        identified("B" * 21),  # row 2 FAIL: 21
        identified("C1"),  # row 3 PASS
    ]
    assert [(f.position, f.value) for f in findings(RULE, 2025, child=rows)] == [("row 2", "21")]


def test_the_rule_starts_in_2024_25():
    rows = [identified("B" * 21)]
    assert failing(RULE, 2024, child=rows) == []  # 2023-24: no such rule
    assert failing(RULE, 2026, child=rows) == [("child", "row 1", "B" * 21)]

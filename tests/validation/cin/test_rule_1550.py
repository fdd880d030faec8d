"""1550: the UPN's 13th character."""

from safeboard.validation.rules.cin.rule_1550 import logic
from tests.validation.cin.dfe_low_rows import failing, identified

RULE = logic.rule


def test_character_13_is_a_digit_or_a_upn_letter():
    rows = [
        identified("a", UPN="P207000016049"),  # row 1 PASS: a digit
        identified("b", UPN="N93712345678A"),  # row 2 PASS: a letter (temporary UPN)
        identified("c", UPN="N93712345678I"),  # row 3 FAIL: I is not used
        identified("d", UPN="N93712345678O"),  # row 4 FAIL: nor O
        identified("e", UPN="N93712345678S"),  # row 5 FAIL: nor S
        identified("f", UPN="N93712345678a"),  # row 6 FAIL: lower case
        identified("g", UPN="N9371234567"),  # row 7 PASS here: 11 characters (1540)
        identified("h"),  # row 8 PASS: no UPN
    ]
    assert failing(RULE, 2025, child=rows) == [
        ("child", "row 3", "c"),
        ("child", "row 4", "d"),
        ("child", "row 5", "e"),
        ("child", "row 6", "f"),
    ]

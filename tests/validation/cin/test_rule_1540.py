"""1540: the UPN's characters 5-12 are digits."""

from safeboard.validation.rules.cin.rule_1540 import logic
from tests.validation.cin.dfe_low_rows import failing, identified

RULE = logic.rule


def test_characters_5_to_12_must_be_digits():
    rows = [
        identified("a", UPN="P207000016049"),  # row 1 PASS
        identified("b", UPN="P2070O0016049"),  # row 2 FAIL: letter O at 6
        identified("c", UPN="N93712345678A"),  # row 3 PASS: the letter is character 13
        identified("d", UPN="P207 00016049"),  # row 4 FAIL: a space at 5
        identified("e", UPN="P20700"),  # row 5 FAIL: too short to have them
        identified("f", UPN="A99900001604X"),  # row 6 PASS here: LA number (1530)
        identified("g"),  # row 7 PASS: no UPN
        identified("h", UPN="P20700001604"),  # row 8 PASS here: 12 characters, 5-12 digits
    ]
    assert failing(RULE, 2019, child=rows) == [
        ("child", "row 2", "b"),
        ("child", "row 4", "d"),
        ("child", "row 5", "e"),
    ]

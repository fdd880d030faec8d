"""1530: the UPN's LA number."""

from safeboard.validation.rules.cin.rule_1530 import logic
from tests.validation.cin.dfe_low_rows import failing, findings, identified

RULE = logic.rule


def test_characters_2_to_4_must_be_a_recognised_la_number():
    rows = [
        identified("a", UPN="P207000016049"),  # row 1 PASS: 207 is an LA number
        identified("b", UPN="A999000016049"),  # row 2 FAIL: 999 is not
        identified("c", UPN="A001000016049"),  # row 3 PASS: 001, a pseudo-LA
        identified("d", UPN="A2O7000016049"),  # row 4 FAIL: a letter O in it
        identified("e", UPN="A99900001604"),  # row 5 PASS here: 12 characters (other rules)
        identified("f"),  # row 6 PASS: no UPN
    ]
    assert failing(RULE, 2020, child=rows) == [("child", "row 2", "b"), ("child", "row 4", "d")]
    assert [f.value for f in findings(RULE, 2020, child=rows)] == [
        "999",
        "2#7",
    ]  # O is no UPN letter: #


def test_cumbrias_new_numbers_count_from_2023_24():
    rows = [identified("a", UPN="A942000016049"), identified("b", UPN="A943000016049")]
    assert failing(RULE, 2023, child=rows) == [("child", "row 1", "a"), ("child", "row 2", "b")]
    assert failing(RULE, 2024, child=rows) == []

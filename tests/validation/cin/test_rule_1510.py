"""1510: the UPN's check letter."""

from safeboard.validation.rules.cin.rule_1510 import logic
from tests.validation.cin.dfe_low_rows import failing, findings, identified

RULE = logic.rule


def test_a_wrong_check_letter_fails():
    # Check letters worked out by hand in tests/returns/test_cin_identifiers.py:
    # P207000016049 and the temporary N93712345678A are right.
    rows = [
        identified("a", UPN="P207000016049"),  # row 1 PASS
        identified("b", UPN="Q207000016049"),  # row 2 FAIL: Q for P
        identified("c", UPN="N93712345678A"),  # row 3 PASS: temporary, right letter
        identified("d", UPN="N93712345678B"),  # row 4 FAIL: temporary, wrong letter
        identified("e"),  # row 5 PASS: no UPN
        identified("f", UPN="P2070000160"),  # row 6 PASS here: too short to check (1540)
        identified("g", UPN="P20700001604I"),  # row 7 PASS here: I cannot end a UPN (1550)
    ]
    assert failing(RULE, 2023, child=rows) == [("child", "row 2", "b"), ("child", "row 4", "d")]
    [wrong, _] = findings(RULE, 2018, child=rows)
    assert wrong.value == ""  # the UPN is never shown
    assert wrong.message == "UPN invalid (wrong check letter at character 1)"

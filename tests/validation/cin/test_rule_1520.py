"""1520: one UPN on two children."""

from safeboard.returns.kinds.cin_identifiers import UpnKeys
from safeboard.validation.rules.cin.rule_1520 import logic
from tests.validation.cin.dfe_low_rows import failing, identified

RULE = logic.rule


def test_every_child_sharing_a_upn_fails():
    keys = UpnKeys()  # one import
    rows = [
        identified("a", keys, UPN="P207000016049"),  # row 1 FAIL: shared with row 3
        identified("b", keys, UPN="N93712345678A"),  # row 2 PASS: its own
        identified("c", keys, UPN="P207000016049"),  # row 3 FAIL: shared with row 1
        identified("d", keys),  # row 4 PASS: no UPN...
        identified("e", keys),  # row 5 PASS: ...and neither here, which is not a UPN shared
        identified("f", keys, UPN="N93712345678B"),  # row 6 PASS: differs in the last character
    ]
    assert failing(RULE, 2022, child=rows) == [("child", "row 1", "a"), ("child", "row 3", "c")]

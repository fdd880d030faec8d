"""1560Q: the former UPN's format."""

from safeboard.validation.rules.cin.rule_1560q import logic
from tests.validation.cin.dfe_low_rows import failing, findings, identified

RULE = logic.rule


def test_a_former_upn_must_look_like_a_upn():
    rows = [
        identified("a", FormerUPN="P207000016049"),  # row 1 PASS: permanent
        identified("b", FormerUPN="N93712345678A"),  # row 2 PASS: temporary (D2I queries it)
        identified("c", FormerUPN="P20700001604"),  # row 3 QUERY: 12 characters
        identified("d", FormerUPN="1207000016049"),  # row 4 QUERY: no check letter
        identified("e", FormerUPN="P2070000X6049"),  # row 5 QUERY: a letter among the digits
        identified("f", FormerUPN="I207000016049"),  # row 6 QUERY: I is no check letter
        identified("g", UPN="P20700001604"),  # row 7 PASS: no former UPN (the UPN is 1540's)
    ]
    assert failing(RULE, 2021, child=rows) == [
        ("child", "row 3", "c"),
        ("child", "row 4", "d"),
        ("child", "row 5", "e"),
        ("child", "row 6", "f"),
    ]
    assert {f.severity.value for f in findings(RULE, 2021, child=rows)} == {"warning"}

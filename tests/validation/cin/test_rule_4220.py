"""4220: ethnicity present and a code of the list."""

from safeboard.validation.rules.cin.rule_4220 import logic
from tests.validation.cin.dfe_low_rows import child, failing

RULE = logic.rule


def test_missing_or_unknown_ethnicity_fails():
    rows = [
        child("a", Ethnicity="WBRI"),  # row 1 PASS
        child("b", Ethnicity="NOBT"),  # row 2 PASS: not yet obtained is a code
        child("c"),  # row 3 FAIL: missing
        child("d", Ethnicity="WHIT"),  # row 4 FAIL: no such code
        child("e", Ethnicity="wbri"),  # row 5 FAIL: codes are capitals
    ]
    assert failing(RULE, 2019, child=rows) == [
        ("child", "row 3", "c"),
        ("child", "row 4", "d"),
        ("child", "row 5", "e"),
    ]

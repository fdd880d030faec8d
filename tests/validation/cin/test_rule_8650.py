"""8650: primary need code not one of N0 to N9."""

from safeboard.validation.rules.cin.rule_8650 import logic
from tests.validation.cin.dfe_high_rows import episode, failing, findings

RULE = logic.rule


def test_unknown_need_codes_fail():
    rows = [
        episode("a", PrimaryNeedCode="N0"),  # row 1 PASS
        episode("b", PrimaryNeedCode="N9"),  # row 2 PASS
        episode("c", PrimaryNeedCode="N10"),  # row 3 FAIL
        episode("d", PrimaryNeedCode="1"),  # row 4 FAIL: the number alone
        episode("e"),  # row 5 PASS: absent (8610 asks for it where needed)
    ]
    assert failing(RULE, 2018, cin_episode=rows) == [("row 3", "c"), ("row 4", "d")]
    assert [f.value for f in findings(RULE, 2026, cin_episode=rows)] == ["N10", "1"]

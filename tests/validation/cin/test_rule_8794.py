"""8794: the same disability code twice for a child."""

from safeboard.validation.rules.cin.rule_8794 import logic
from tests.validation.cin.dfe_high_rows import failing

RULE = logic.rule


def disability(pseudonym, code):
    return {"child": pseudonym, "Disability": code}


def test_repeated_codes_fail_every_time_they_appear():
    rows = [
        disability("a", "MOB"),  # row 1 FAIL: MOB twice for a
        disability("a", "MOB"),  # row 2 FAIL
        disability("a", "AUT"),  # row 3 PASS: once
        disability("b", "MOB"),  # row 4 PASS: another child's MOB
        disability("c", "NONE"),  # row 5 PASS
    ]
    assert failing(RULE, 2019, disability=rows) == [("row 1", "a"), ("row 2", "a")]

"""8790: disability NONE beside other disabilities."""

from safeboard.validation.rules.cin.rule_8790 import logic
from tests.validation.cin.dfe_high_rows import failing

RULE = logic.rule


def disability(pseudonym, code):
    return {"child": pseudonym, "Disability": code}


def test_other_disabilities_beside_none_fail():
    rows = [
        disability("a", "NONE"),  # row 1 PASS: NONE alone
        disability("b", "NONE"),  # row 2 PASS: the NONE itself is not reported...
        disability("b", "MOB"),  # row 3 FAIL: ...the disability beside it is
        disability("b", "AUT"),  # row 4 FAIL: so is this one
        disability("c", "HEAR"),  # row 5 PASS: disabilities without NONE
        disability("c", "VIS"),  # row 6 PASS
        disability("d", "None"),  # row 7 PASS: NONE in any case...
        disability("d", "LD"),  # row 8 FAIL: ...still excludes the rest
    ]
    assert failing(RULE, 2023, disability=rows) == [
        ("row 3", "b"),
        ("row 4", "b"),
        ("row 8", "d"),
    ]

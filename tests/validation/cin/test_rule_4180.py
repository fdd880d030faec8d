"""4180: GenderCurrent (to 2023-24) or Sex (from 2024-25) present and valid."""

from safeboard.validation.rules.cin.rule_4180 import logic
from tests.validation.cin.dfe_low_rows import child, failing, findings

RULE = logic.rule


def test_gender_current_until_2023_24():
    rows = [
        child("a", GenderCurrent="1"),  # row 1 PASS
        child("b", GenderCurrent="0"),  # row 2 PASS: not recorded, a code
        child("c"),  # row 3 FAIL: missing
        child("d", GenderCurrent="M"),  # row 4 FAIL: a Sex code, not a GenderCurrent one
        child("e", GenderCurrent="9"),  # row 5 PASS: indeterminate
    ]
    assert failing(RULE, 2024, child=rows) == [("child", "row 3", "c"), ("child", "row 4", "d")]
    found = findings(RULE, 2018, child=rows)
    assert {(f.message, f.field) for f in found} == {("Gender is missing", "GenderCurrent")}
    assert [f.value for f in found] == ["", "M"]


def test_sex_from_2024_25():
    rows = [
        child("a", Sex="F"),  # row 1 PASS
        child("b", Sex="U"),  # row 2 PASS
        child("c"),  # row 3 FAIL: missing
        child("d", Sex="1"),  # row 4 FAIL: a GenderCurrent code
    ]
    assert failing(RULE, 2025, child=rows) == [("child", "row 3", "c"), ("child", "row 4", "d")]
    found = findings(RULE, 2026, child=rows)
    assert {(f.message, f.field) for f in found} == {
        ("Sex must be provided and equal M, F, or U", "Sex")
    }

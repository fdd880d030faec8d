"""2886Q: over 2% of born children with no sex (gender) recorded."""

from safeboard.validation.rules.cin.rule_2886q import logic
from tests.validation.cin.dfe_low_rows import D, child, findings

RULE = logic.rule


def children(column: str, unrecorded: str, recorded: str, missing: int) -> list[dict]:
    """100 children: ``missing`` with no sex recorded, 3 unborn ones (not counted), the
    rest recorded."""
    rows = [child(f"u{n}", **{column: unrecorded}) for n in range(missing)]
    rows += [child(f"x{n}", ExpectedPersonBirthDate=D(2023, 6, 1)) for n in range(3)]
    rows += [child(f"r{n}", **{column: recorded}) for n in range(97 - missing)]
    return rows


def test_two_in_a_hundred_pass_three_fail_before_2024_25():
    assert findings(RULE, 2023, child=children("GenderCurrent", "0", "1", 2)) == []  # 2% exactly
    [found] = findings(RULE, 2023, child=children("GenderCurrent", "0", "1", 3))  # 3%
    assert found.value == "3 of 100 children"
    assert "no gender recorded" in found.message
    assert found.field == "GenderCurrent"
    # Missing counts as unrecorded too; 9 (indeterminate) is recorded.
    rows = children("GenderCurrent", None, "9", 3)
    assert [f.value for f in findings(RULE, 2018, child=rows)] == ["3 of 100 children"]


def test_sex_u_is_not_recorded_from_2024_25():
    assert findings(RULE, 2025, child=children("Sex", "U", "F", 2)) == []
    [found] = findings(RULE, 2025, child=children("Sex", "U", "F", 3))
    assert "no sex recorded" in found.message
    assert (found.field, found.severity.value) == ("Sex", "warning")

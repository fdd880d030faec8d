"""8530Q: an expected date of birth from March to December of the year's end."""

from safeboard.validation.rules.cin.rule_8530q import logic
from tests.validation.cin.dfe_low_rows import D, child, failing, findings

RULE = logic.rule


def test_expected_births_outside_march_to_december_are_queried():
    # Stored as the first of their month; 2022-23's range is March to December 2023.
    rows = [
        child("a", ExpectedPersonBirthDate=D(2023, 3, 1)),  # row 1 PASS: March
        child("b", ExpectedPersonBirthDate=D(2023, 12, 1)),  # row 2 PASS: December
        child("c", ExpectedPersonBirthDate=D(2023, 2, 1)),  # row 3 QUERY: February
        child("d", ExpectedPersonBirthDate=D(2024, 1, 1)),  # row 4 QUERY: next January
        child("e", PersonBirthDate=D(2010, 1, 1)),  # row 5 PASS: born
    ]
    assert failing(RULE, 2023, child=rows) == [("child", "row 3", "c"), ("child", "row 4", "d")]
    assert [f.value for f in findings(RULE, 2023, child=rows)] == ["2023-02", "2024-01"]
    # In 2023-24 the range is March to December 2024: all four are outside it.
    assert len(failing(RULE, 2024, child=rows)) == 4

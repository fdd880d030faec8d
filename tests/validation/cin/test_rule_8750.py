"""8750: an unborn child's gender (to 2023-24) or sex (from 2024-25) not recorded as unknown."""

from safeboard.validation.rules.cin.rule_8750 import logic
from tests.validation.cin.dfe_high_rows import D, child, failing, findings

RULE = logic.rule


def test_gender_of_an_unborn_child_must_be_0_to_2023_24():
    rows = [
        child("a", ExpectedPersonBirthDate=D(2024, 5, 1), GenderCurrent="0"),  # row 1 PASS
        child("b", ExpectedPersonBirthDate=D(2024, 5, 1), GenderCurrent="2"),  # row 2 FAIL
        child("c", PersonBirthDate=D(2020, 5, 1), GenderCurrent="1"),  # row 3 PASS: born
        child("d", PersonBirthDate=D(2024, 3, 1), ExpectedPersonBirthDate=D(2024, 4, 1), GenderCurrent="2"),  # row 4 PASS: born after all
        child("e", ExpectedPersonBirthDate=D(2024, 5, 1)),  # row 5 FAIL: nothing recorded
    ]  # fmt: skip
    assert failing(RULE, 2024, child=rows) == [("row 2", "b"), ("row 5", "e")]
    finding = findings(RULE, 2024, child=rows)[0]
    assert (finding.message, finding.field, finding.value) == (
        "Gender must equal 0 for an unborn child",
        "GenderCurrent",
        "2",
    )


def test_sex_of_an_unborn_child_must_be_u_from_2024_25():
    rows = [
        child("a", ExpectedPersonBirthDate=D(2025, 5, 1), Sex="U"),  # row 1 PASS
        child("b", ExpectedPersonBirthDate=D(2025, 5, 1), Sex="F"),  # row 2 FAIL
        child("c", PersonBirthDate=D(2020, 5, 1), Sex="M"),  # row 3 PASS: born
    ]
    assert failing(RULE, 2025, child=rows) == [("row 2", "b")]
    [finding] = findings(RULE, 2026, child=rows)
    assert (finding.message, finding.field) == ("Sex must equal U for an unborn child", "Sex")

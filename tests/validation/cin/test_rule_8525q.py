"""8525Q: a date of birth or an expected one, not both."""

from safeboard.validation.rules.cin.rule_8525q import logic
from tests.validation.cin.dfe_low_rows import D, child, failing, findings

RULE = logic.rule


def test_neither_or_both_are_queried():
    rows = [
        child("a", PersonBirthDate=D(2015, 1, 1)),  # row 1 PASS: born
        child("b", ExpectedPersonBirthDate=D(2023, 6, 1)),  # row 2 PASS: unborn
        child("c"),  # row 3 QUERY: neither
        child("d", PersonBirthDate=D(2023, 2, 1), ExpectedPersonBirthDate=D(2023, 2, 1)),  # row 4 QUERY: both
    ]  # fmt: skip
    assert failing(RULE, 2023, child=rows) == [("child", "row 3", "c"), ("child", "row 4", "d")]
    assert {f.severity.value for f in findings(RULE, 2023, child=rows)} == {"warning"}

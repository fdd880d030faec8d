"""102: the date of birth is not a valid date (blank or unreadable, stored empty)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_102 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_a_child_without_a_usable_date_of_birth_fails():
    findings = run(
        logic,
        2019,
        Header=[
            header("a", dob=date(2012, 6, 1)),  # row 1 PASS: a date of birth
            header("b", dob=None),  # row 2 FAIL: blank (or unreadable at import)
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].field == "DOB"

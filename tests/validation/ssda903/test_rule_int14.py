"""INT14: the birth date in OC2 differs from the Header's."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_int14 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_the_birth_date_agrees_with_the_header():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2010, 5, 1)),
            header("b", dob=date(2010, 5, 1)),
            header("c", dob=None),
        ],
        OC2=[
            {"child": "a", "DOB": date(2010, 5, 1)},  # row 1 PASS: the same (month)
            {"child": "b", "DOB": date(2010, 6, 1)},  # row 2 FAIL: a month apart
            {"child": "b", "DOB": None},  # row 3 PASS: not given here
            {"child": "c", "DOB": date(2010, 6, 1)},  # row 4 PASS: not given in the Header
            {"child": "z", "DOB": date(2010, 6, 1)},  # row 5 PASS: no Header row (another check)
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "2010-06-01"
    assert findings[0].table != "Header"

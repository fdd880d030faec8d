"""620: a mother under 11 at the start of the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_620 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_a_mother_must_be_11_by_the_start_of_the_year():
    # Collection year 2023 starts on 1 April 2022; DOB is kept to its month.
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2011, 3, 1), MOTHER="1"),  # row 1 PASS: 11 in March 2022
            header(
                "b", dob=date(2011, 4, 1), MOTHER="1"
            ),  # row 2 PASS: born in April 2011, may be 11 on 1 April
            header("c", dob=date(2011, 5, 1), MOTHER="1"),  # row 3 FAIL: 11 only from May 2022
            header("d", dob=date(2015, 5, 1), MOTHER="0"),  # row 4 PASS: not a mother
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].value == "2011-05-01"

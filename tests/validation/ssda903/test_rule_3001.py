"""3001: a 17-year-old care leaver living with former foster carers."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_3001 import logic
from tests.validation.ssda903._dfe_high import header, oc3, rows, run


def test_no_former_foster_carers_around_the_17th_birthday():
    # Collection year 2023: 1 April 2022 to 31 March 2023.
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2005, 4, 1)),  # 17 in April 2022: in the year
            header("b", dob=date(2006, 3, 1)),  # 17 in March 2023: in the year
            header("c", dob=date(2005, 3, 1)),  # 17 in March 2022: last year
            header("d", dob=date(2005, 6, 1)),
        ],
        OC3=[
            oc3("a", accom="Z1"),  # row 1 FAIL
            oc3("b", accom="Z2"),  # row 2 FAIL
            oc3("c", accom="Z1"),  # row 3 PASS: 18 this year
            oc3("d", accom="B1"),  # row 4 PASS: other accommodation
        ],
    )
    assert rows(findings) == [1, 2]

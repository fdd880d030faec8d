"""391: care leaver not 17 to 21 in the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_391 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc3(child, dob, in_touch="YES"):
    return {"child": child, "DOB": dob, "IN_TOUCH": in_touch, "ACTIV": "F1", "ACCOM": "B1"}


def test_aged_17_to_21():
    # 2023: 1 April 2022 to 31 March 2023.
    findings = run(
        logic,
        2023,
        OC3=[
            oc3("a", date(2006, 3, 1)),  # row 1 PASS: 17 in March 2023
            oc3("b", date(2006, 4, 1)),  # row 2 FAIL: 17 only in April 2023
            oc3("c", date(2000, 4, 1)),  # row 3 PASS: 22 in April 2022, so 21 on 1 April
            oc3("d", date(2000, 3, 1)),  # row 4 FAIL: 22 by 31 March 2022
            {"child": "e", "DOB": date(2010, 1, 1)},  # row 5 PASS: no OC3 items
        ],
    )
    assert rows(findings) == [2, 4]

"""134: adoption details for a child with care leaver details."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_134 import logic
from tests.validation.ssda903._dfe_low import rows, run


def ad1(child, **values):
    return {"child": child, **values}


def test_adopted_children_cannot_be_care_leavers():
    findings = run(
        logic,
        2023,
        OC3=[
            {"child": "a", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},
            {"child": "b", "IN_TOUCH": None, "ACTIV": None, "ACCOM": None},  # an empty OC3 row
        ],
        AD1=[
            ad1("a", DATE_INT=date(2022, 5, 1)),  # row 1 FAIL: a is a care leaver
            ad1("a"),  # row 2 PASS: no adoption item given
            ad1("b", NB_ADOPTR="2"),  # row 3 PASS: b's OC3 row holds nothing
            ad1("c", NB_ADOPTR="1"),  # row 4 PASS: c has no OC3 row
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].table == "AD1"

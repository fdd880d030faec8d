"""344: died or returned home, with activity or accommodation."""

from safeboard.validation.rules.ssda903.rule_344 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc3(child, in_touch, activ, accom):
    return {"child": child, "IN_TOUCH": in_touch, "ACTIV": activ, "ACCOM": accom}


def test_activity_and_accommodation_are_0():
    findings = run(
        logic,
        2023,
        OC3=[
            oc3("a", "DIED", "0", "0"),  # row 1 PASS
            oc3("b", "RHOM", "F1", "0"),  # row 2 FAIL: an activity
            oc3("c", "DIED", "0", "B1"),  # row 3 FAIL: an accommodation
            oc3("d", "YES", "F1", "B1"),  # row 4 PASS: in touch
        ],
    )
    assert rows(findings) == [2, 3]

"""153: the care leaver items all or none."""

from safeboard.validation.rules.ssda903.rule_153 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc3(child, in_touch, activ, accom):
    return {"child": child, "IN_TOUCH": in_touch, "ACTIV": activ, "ACCOM": accom}


def test_all_or_none():
    findings = run(
        logic,
        2023,
        OC3=[
            oc3("a", "YES", "F1", "B1"),  # row 1 PASS: all
            oc3("b", None, None, None),  # row 2 PASS: none
            oc3("c", "NO", None, None),  # row 3 FAIL: one given
            oc3("d", "YES", "F1", None),  # row 4 FAIL: two given
        ],
    )
    assert rows(findings) == [3, 4]

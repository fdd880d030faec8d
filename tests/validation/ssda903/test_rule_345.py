"""345: in touch, but activity or accommodation 0."""

from safeboard.validation.rules.ssda903.rule_345 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc3(child, in_touch, activ, accom):
    return {"child": child, "IN_TOUCH": in_touch, "ACTIV": activ, "ACCOM": accom}


def test_in_touch_means_known_activity_and_accommodation():
    findings = run(
        logic,
        2023,
        OC3=[
            oc3("a", "YES", "F1", "B1"),  # row 1 PASS
            oc3("b", "YES", "0", "B1"),  # row 2 FAIL
            oc3("c", "YES", "F1", "0"),  # row 3 FAIL
            oc3("d", "NO", "0", "0"),  # row 4 PASS: not in touch
        ],
    )
    assert rows(findings) == [2, 3]

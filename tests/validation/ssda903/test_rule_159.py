"""159: misuse, none received, "offered" blank."""

from safeboard.validation.rules.ssda903.rule_159 import logic
from tests.validation.ssda903._dfe_low import rows, run


def oc2(child, misuse, received, offered):
    return {
        "child": child,
        "SUBSTANCE_MISUSE": misuse,
        "INTERVENTION_RECEIVED": received,
        "INTERVENTION_OFFERED": offered,
    }


def test_offered_is_needed_when_none_was_received():
    findings = run(
        logic,
        2023,
        OC2=[
            oc2("a", "1", "0", None),  # row 1 FAIL: misuse, none received, offered blank
            oc2("b", "1", "0", "0"),  # row 2 PASS: offered answered
            oc2("c", "1", "1", None),  # row 3 PASS: received
            oc2("d", "0", "0", None),  # row 4 PASS: no misuse problem
        ],
    )
    assert rows(findings) == [1]

"""158: intervention received, and "offered" filled in."""

from safeboard.validation.rules.ssda903.rule_158 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_offered_is_blank_when_received():
    findings = run(
        logic,
        2023,
        OC2=[
            {
                "child": "a",
                "INTERVENTION_RECEIVED": "1",
                "INTERVENTION_OFFERED": None,
            },  # row 1 PASS
            {"child": "b", "INTERVENTION_RECEIVED": "1", "INTERVENTION_OFFERED": "1"},  # row 2 FAIL
            {"child": "c", "INTERVENTION_RECEIVED": "0", "INTERVENTION_OFFERED": "1"},  # row 3 PASS
        ],
    )
    assert rows(findings) == [2]

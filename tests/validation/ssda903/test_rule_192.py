"""192: misuse problem without "intervention received"."""

from safeboard.validation.rules.ssda903.rule_192 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_received_is_needed_with_a_problem():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "0"},  # row 1 PASS
            {"child": "b", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": None},  # row 2 FAIL
            {"child": "c", "SUBSTANCE_MISUSE": "0", "INTERVENTION_RECEIVED": None},  # row 3 PASS
        ],
    )
    assert rows(findings) == [2]

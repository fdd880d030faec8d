"""193: intervention items without a misuse problem."""

from safeboard.validation.rules.ssda903.rule_193 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_no_problem_no_intervention_items():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "SUBSTANCE_MISUSE": "0"},  # row 1 PASS
            {"child": "b", "SUBSTANCE_MISUSE": "0", "INTERVENTION_OFFERED": "1"},  # row 2 FAIL
            {"child": "c", "SUBSTANCE_MISUSE": None, "INTERVENTION_RECEIVED": "0"},  # row 3 FAIL
            {"child": "d", "SUBSTANCE_MISUSE": "1", "INTERVENTION_RECEIVED": "1"},  # row 4 PASS
        ],
    )
    assert rows(findings) == [2, 3]

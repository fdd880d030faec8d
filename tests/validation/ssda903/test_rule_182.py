"""182: OC2 partly filled without the four core items."""

from safeboard.validation.rules.ssda903.rule_182 import logic
from tests.validation.ssda903._dfe_low import rows, run

CORE = {"IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "0"}


def test_core_items_needed_once_any_other_is_given():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", **CORE, "CONVICTED": "0"},  # row 1 PASS: core complete
            {"child": "b", "CONVICTED": "0"},  # row 2 FAIL: core blank
            {"child": "c", **CORE, "TEETH_CHECK": None, "HEALTH_CHECK": "1"},  # row 3 FAIL
            {"child": "d"},  # row 4 PASS: all blank
            {"child": "e", "IMMUNISATIONS": "1"},  # row 5 PASS: no other item given (191's case)
        ],
    )
    assert rows(findings) == [2, 3]

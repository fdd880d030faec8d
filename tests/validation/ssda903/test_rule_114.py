"""114: FOSTER_CARE is not 0 or 1."""

from safeboard.validation.rules.ssda903.rule_114 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_foster_care_is_0_1_or_blank():
    findings = run(
        logic,
        2020,
        AD1=[
            {"child": "a", "FOSTER_CARE": "0"},  # row 1 PASS
            {"child": "b", "FOSTER_CARE": "1"},  # row 2 PASS
            {"child": "c", "FOSTER_CARE": None},  # row 3 PASS: blank (rule 151's business)
            {"child": "d", "FOSTER_CARE": "Y"},  # row 4 FAIL
        ],
    )
    assert rows(findings) == [4]

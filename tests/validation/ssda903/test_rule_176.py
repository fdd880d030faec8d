"""176: SEX_ADOPTR is not a valid code."""

from safeboard.validation.rules.ssda903.rule_176 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_sex_adoptr_codes():
    findings = run(
        logic,
        2023,
        AD1=[
            {"child": "c1", "SEX_ADOPTR": "MF"},  # row 1 PASS
            {"child": "c2", "SEX_ADOPTR": "FF"},  # row 2 PASS
            {"child": "c3", "SEX_ADOPTR": "M2"},  # row 3 FAIL
            {"child": "c4", "SEX_ADOPTR": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "SEX_ADOPTR"

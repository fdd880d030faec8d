"""177: LS_ADOPTR is not a valid code."""

from safeboard.validation.rules.ssda903.rule_177 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_ls_adoptr_codes():
    findings = run(
        logic,
        2023,
        AD1=[
            {"child": "c1", "LS_ADOPTR": "L11"},  # row 1 PASS
            {"child": "c2", "LS_ADOPTR": "L4"},  # row 2 PASS
            {"child": "c3", "LS_ADOPTR": "L1"},  # row 3 FAIL
            {"child": "c4", "LS_ADOPTR": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "LS_ADOPTR"

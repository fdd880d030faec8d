"""143: RNE is not a valid code."""

from safeboard.validation.rules.ssda903.rule_143 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_rne_codes():
    findings = run(
        logic,
        2023,
        Episodes=[
            {"child": "c1", "RNE": "S"},  # row 1 PASS
            {"child": "c2", "RNE": "B"},  # row 2 PASS
            {"child": "c3", "RNE": "X"},  # row 3 FAIL: not a code
            {"child": "c4", "RNE": None},  # row 4 PASS: blank is rule SB-REQUIRED"s business
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "RNE"

"""196: SDQ_REASON is not a valid code."""

from safeboard.validation.rules.ssda903.rule_196 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_sdq_reason_codes():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "c1", "SDQ_REASON": "SDQ1"},  # row 1 PASS
            {"child": "c2", "SDQ_REASON": "SDQ5"},  # row 2 PASS
            {"child": "c3", "SDQ_REASON": "SDQ6"},  # row 3 FAIL
            {"child": "c4", "SDQ_REASON": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "SDQ_REASON"

"""197a: score and reason both given."""

from safeboard.validation.rules.ssda903.rule_197a import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_score_or_reason_not_both():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "SDQ_SCORE": 12, "SDQ_REASON": None},  # row 1 PASS
            {"child": "b", "SDQ_SCORE": 12, "SDQ_REASON": "SDQ2"},  # row 2 FAIL
            {"child": "c", "SDQ_SCORE": None, "SDQ_REASON": "SDQ2"},  # row 3 PASS
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].rule == "197a"

"""120: the reason for the reversal is not RD1-RD4."""

from safeboard.validation.rules.ssda903.rule_120 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_reason_codes():
    findings = run(
        logic,
        2018,
        PlacedAdoption=[
            {"child": "a", "REASON_PLACED_CEASED": "RD4"},  # row 1 PASS
            {"child": "b", "REASON_PLACED_CEASED": None},  # row 2 PASS: no reversal
            {"child": "c", "REASON_PLACED_CEASED": "RD5"},  # row 3 FAIL: no such code
        ],
    )
    assert rows(findings) == [3]

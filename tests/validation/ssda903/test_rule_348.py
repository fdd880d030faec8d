"""348: a care leaver who died last year must stay DIED (from 2025-26)."""

from safeboard.validation.rules.ssda903.rule_348 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_died_last_year():
    findings = run(
        logic,
        2026,
        OC3=[
            {"child": "a", "IN_TOUCH": "DIED"},  # row 1 PASS
            {"child": "b", "IN_TOUCH": "YES"},  # row 2 FAIL: died last year
            {"child": "c", "IN_TOUCH": "NO"},  # row 3 PASS: was in touch last year
        ],
        prev_OC3=[
            {"child": "a", "IN_TOUCH": "DIED"},
            {"child": "b", "IN_TOUCH": "DIED"},
            {"child": "c", "IN_TOUCH": "YES"},
        ],
    )
    assert rows(findings) == [2]

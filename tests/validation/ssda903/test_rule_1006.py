"""1006: missing type invalid."""

from safeboard.validation.rules.ssda903.rule_1006 import logic
from tests.validation.ssda903._dfe_high import rows, run


def test_missing_is_m_or_a():
    findings = run(
        logic,
        2023,
        Missing=[
            {"child": "a", "MISSING": "M"},  # row 1 PASS
            {"child": "b", "MISSING": "A"},  # row 2 PASS
            {"child": "c", "MISSING": "X"},  # row 3 FAIL
            {"child": "d", "MISSING": None},  # row 4 PASS: blank
            {"child": "e", "MISSING": "m"},  # row 5 FAIL: lower case
        ],
    )
    assert rows(findings) == [3, 5]

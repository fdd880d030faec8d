"""145: CIN is not a valid code."""

from safeboard.validation.rules.ssda903.rule_145 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_cin_codes():
    findings = run(
        logic,
        2021,
        Episodes=[
            {"child": "c1", "CIN": "N1"},  # row 1 PASS
            {"child": "c2", "CIN": "N8"},  # row 2 PASS
            {"child": "c3", "CIN": "N9"},  # row 3 FAIL: CIN census only
            {"child": "c4", "CIN": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "CIN"

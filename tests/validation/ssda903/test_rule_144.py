"""144: LS is not a valid code."""

from safeboard.validation.rules.ssda903.rule_144 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_ls_codes():
    findings = run(
        logic,
        2019,
        Episodes=[
            {"child": "c1", "LS": "C2"},  # row 1 PASS
            {"child": "c2", "LS": "J3"},  # row 2 PASS
            {"child": "c3", "LS": "V1"},  # row 3 FAIL: not a code
            {"child": "c4", "LS": None},  # row 4 PASS: blank
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].field == "LS"

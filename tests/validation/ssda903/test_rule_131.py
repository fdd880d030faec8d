"""131: IN_TOUCH is not a valid code or is blank."""

from safeboard.validation.rules.ssda903.rule_131 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_in_touch_codes():
    findings = run(
        logic,
        2023,
        OC3=[
            {"child": "a", "IN_TOUCH": "YES"},  # row 1 PASS
            {"child": "b", "IN_TOUCH": "RHOM"},  # row 2 PASS: returned home
            {"child": "c", "IN_TOUCH": "Y"},  # row 3 FAIL: not a code
            {"child": "d", "IN_TOUCH": None},  # row 4 FAIL: blank
        ],
    )
    assert rows(findings) == [3, 4]

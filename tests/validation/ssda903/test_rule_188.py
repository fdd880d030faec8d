"""188: SDQ details for a child under 4 at the year's end."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_188 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_under_4_at_31_march():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "DOB": date(2019, 4, 1), "SDQ_REASON": "SDQ1"},  # row 1 FAIL: 4 in April
            {"child": "b", "DOB": date(2019, 3, 1), "SDQ_SCORE": 5},  # row 2 PASS: 4 by 31 March
            {"child": "c", "DOB": date(2020, 1, 1)},  # row 3 PASS: nothing recorded
        ],
    )
    assert rows(findings) == [1]

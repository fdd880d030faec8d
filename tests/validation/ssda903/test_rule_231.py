"""231: UASC under 11 at the year's end (a query, from 2024-25)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_231 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_young_uasc_are_queried():
    findings = run(
        logic,
        2025,
        Header=[
            header("a", dob=date(2014, 4, 1)),  # row 1 FAIL: 11 on 1 April 2025, after the year
            header("b", dob=date(2014, 3, 1)),  # row 2 PASS: 11 in March 2025
            header("c", dob=date(2020, 1, 1)),  # row 3 PASS: not UASC
        ],
        UASC=[{"child": "a"}, {"child": "b"}],
    )
    assert rows(findings) == [1]
    assert findings[0].severity.value == "warning"
    assert logic.rule.first_year == 2025

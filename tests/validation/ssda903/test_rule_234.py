"""234: custody as the reason a child under 10 moved (from 2025-26)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_234 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_custody_needs_age_10():
    findings = run(
        logic,
        2026,
        Header=[header("a", dob=date(2015, 9, 1)), header("b", dob=date(2010, 1, 1))],
        Episodes=[
            # row 1 FAIL: a turns 10 on 1 September 2025, moved on 31 August
            episode(
                "a", date(2025, 5, 1), date(2025, 8, 31), rec="X1", REASON_PLACE_CHANGE="CUSTOD"
            ),
            # row 2 PASS: a moved on the birthday itself
            episode(
                "a", date(2025, 5, 1), date(2025, 9, 1), rec="X1", REASON_PLACE_CHANGE="CUSTOD"
            ),
            # row 3 PASS: b is 15
            episode(
                "b", date(2025, 5, 1), date(2025, 6, 1), rec="X1", REASON_PLACE_CHANGE="CUSTOD"
            ),
            # row 4 PASS: another reason
            episode("a", date(2025, 5, 1), date(2025, 6, 1), rec="X1", REASON_PLACE_CHANGE="CARPL"),
        ],
    )
    assert rows(findings) == [1]

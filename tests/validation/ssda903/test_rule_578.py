"""578: a missing period cannot start after the child left care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_578 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run


def test_a_start_after_care_ended_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),
            episode("a", date(2022, 6, 1), date(2022, 9, 1), rne="P", rec="E4A"),  # a left 1/9
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # b left 1/6...
            episode("b", date(2022, 10, 1)),  # ...and came back 1/10
            episode("c", date(2022, 6, 1)),  # c: in care from 1 June
        ],
        Missing=[
            missing("a", date(2022, 7, 1)),  # row 1 PASS: in care (second episode)
            missing("a", date(2022, 9, 1), date(2022, 9, 2)),  # row 2 PASS: the last day of care
            missing("a", date(2022, 9, 2), date(2022, 9, 3)),  # row 3 FAIL: after care ended
            missing("b", date(2022, 7, 1), date(2022, 7, 2)),  # row 4 FAIL: between periods
            missing("b", date(2022, 11, 1)),  # row 5 PASS: back in care
            missing("c", date(2022, 5, 1), date(2022, 5, 2)),  # row 6 PASS: before care (581's)
        ],
    )
    assert rows(findings) == [3, 4]

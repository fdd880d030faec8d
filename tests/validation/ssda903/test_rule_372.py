"""372: placed in R5 under 10."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_372 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_placement_age():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2012, 6, 1))],  # 10 in June 2022
        Episodes=[
            episode("a", date(2022, 5, 31), place="R5"),  # row 1 FAIL: not yet 10
            episode("a", date(2022, 6, 1), place="R5"),  # row 2 PASS: 10 at the earliest
            episode("a", date(2022, 5, 1), place="U4"),  # row 3 PASS: another placement
            episode("z", date(2022, 5, 1), place="R5"),  # row 4 PASS: no Header row
        ],
    )
    assert rows(findings) == [1]

"""374: placed in P3 under 14."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_374 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_placement_age():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2008, 6, 1))],  # 14 in June 2022
        Episodes=[
            episode("a", date(2022, 5, 31), place="P3"),  # row 1 FAIL: not yet 14
            episode("a", date(2022, 6, 1), place="P3"),  # row 2 PASS: 14 at the earliest
            episode("a", date(2022, 5, 1), place="U4"),  # row 3 PASS: another placement
            episode("z", date(2022, 5, 1), place="P3"),  # row 4 PASS: no Header row
        ],
    )
    assert rows(findings) == [1]

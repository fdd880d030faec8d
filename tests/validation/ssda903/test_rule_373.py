"""373: placed in S1 under 4."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_373 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_placement_age():
    findings = run(
        logic,
        2023,
        Header=[header("a", dob=date(2018, 6, 1))],  # 4 in June 2022
        Episodes=[
            episode("a", date(2022, 5, 31), place="S1"),  # row 1 FAIL: not yet 4
            episode("a", date(2022, 6, 1), place="S1"),  # row 2 PASS: 4 at the earliest
            episode("a", date(2022, 5, 1), place="U4"),  # row 3 PASS: another placement
            episode("z", date(2022, 5, 1), place="S1"),  # row 4 PASS: no Header row
        ],
    )
    assert rows(findings) == [1]

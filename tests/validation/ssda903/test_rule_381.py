"""381: a temporary placement ending a period of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_381 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_temporary_placements_end_with_x1():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 5, 9), place="T1", rec="X1"),  # row 1 PASS
            episode("b", date(2022, 5, 1), date(2022, 5, 9), place="T1", rec="E4A"),  # row 2 FAIL
            episode("c", date(2022, 5, 1), place="T1"),  # row 3 PASS: still open
        ],
    )
    assert rows(findings) == [2]

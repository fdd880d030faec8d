"""380: a temporary placement starting a period of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_380 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_temporary_placements_follow_a_move():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), place="T1", rne="P"),  # row 1 PASS
            episode("b", date(2022, 5, 1), place="T2", rne="B"),  # row 2 PASS
            episode("c", date(2022, 5, 1), place="T3", rne="S"),  # row 3 FAIL: starts care
            episode("d", date(2022, 5, 1), place="T4", rne="L"),  # row 4 FAIL: legal change only
            episode("e", date(2022, 5, 1), place="U1", rne="S"),  # row 5 PASS: not temporary
        ],
    )
    assert rows(findings) == [3, 4]

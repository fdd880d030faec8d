"""550: provider PR0 (parents) only with placement P1."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_550 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_pr0_belongs_to_placements_with_parents():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, place="P1", provider="PR0"),  # row 1 PASS
            episode("b", START, place="U4", provider="PR0"),  # row 2 FAIL: foster care
            episode("c", START, place=None, provider="PR0"),  # row 3 FAIL: no placement type
            episode("d", START, place="U4", provider="PR1"),  # row 4 PASS
        ],
    )
    assert rows(findings) == [2, 3]

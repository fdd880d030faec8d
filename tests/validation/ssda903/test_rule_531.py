"""531: placement provider PR5 with a placement type it cannot provide."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_531 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_pr5_cannot_provide_these_placements():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("c1", START, place="P1", provider="PR5"),  # row 1 FAIL: P1 with PR5
            episode("c2", START, place="K2", provider="PR5"),  # row 2 PASS: K2 with PR5
            episode("c3", START, place="U4", provider="PR5"),  # row 3 PASS: U4 with PR5
            episode(
                "c4", START, place="P1", provider="PR0"
            ),  # row 4 PASS: P1 with PR0, its provider
        ],
    )
    assert rows(findings) == [1]

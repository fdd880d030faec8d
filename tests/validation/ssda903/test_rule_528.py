"""528: placement provider PR2 with a placement type it cannot provide."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_528 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_pr2_cannot_provide_these_placements():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("c1", START, place="P1", provider="PR2"),  # row 1 FAIL: P1 with PR2
            episode("c2", START, place="R2", provider="PR2"),  # row 2 FAIL: R2 with PR2
            episode("c3", START, place="R5", provider="PR2"),  # row 3 FAIL: R5 with PR2
            episode("c4", START, place="K2", provider="PR2"),  # row 4 PASS: K2 with PR2
            episode("c5", START, place="U4", provider="PR2"),  # row 5 PASS: U4 with PR2
            episode(
                "c6", START, place="P1", provider="PR0"
            ),  # row 6 PASS: P1 with PR0, its provider
        ],
    )
    assert rows(findings) == [1, 2, 3]

"""529: placement provider PR3 with a placement type it cannot provide."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_529 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_pr3_cannot_provide_these_placements():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("c1", START, place="P1", provider="PR3"),  # row 1 FAIL: P1 with PR3
            episode("c2", START, place="A3", provider="PR3"),  # row 2 FAIL: A3 with PR3
            episode("c3", START, place="A6", provider="PR3"),  # row 3 FAIL: A6 with PR3
            episode("c4", START, place="K1", provider="PR3"),  # row 4 FAIL: K1 with PR3
            episode("c5", START, place="K2", provider="PR3"),  # row 5 FAIL: K2 with PR3
            episode("c6", START, place="U1", provider="PR3"),  # row 6 FAIL: U1 with PR3
            episode("c7", START, place="U6", provider="PR3"),  # row 7 FAIL: U6 with PR3
            episode("c8", START, place="R2", provider="PR3"),  # row 8 PASS: R2 with PR3
            episode("c9", START, place="R5", provider="PR3"),  # row 9 PASS: R5 with PR3
            episode("c10", START, place="S1", provider="PR3"),  # row 10 PASS: S1 with PR3
            episode(
                "c11", START, place="P1", provider="PR0"
            ),  # row 11 PASS: P1 with PR0, its provider
        ],
    )
    assert rows(findings) == [1, 2, 3, 4, 5, 6, 7]

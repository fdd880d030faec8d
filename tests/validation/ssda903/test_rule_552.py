"""552: the latest decision to place for adoption is on or before the first adoption placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_552 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run


def test_a_placement_before_the_decision_is_reported_on_both():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 6, 1), place="A3"),  # row 1 PASS: decided 1 June
            episode("b", date(2022, 6, 1), date(2022, 7, 1), place="A4", rec="X1"),  # row 2 FAIL
            episode("b", date(2022, 7, 1), place="A4", rne="P"),  # row 3 PASS: not the first
            episode("c", date(2022, 6, 1), place="U4"),  # row 4 PASS: not an adoption placement
        ],
        PlacedAdoption=[
            placed("a", date(2022, 6, 1)),  # row 1 PASS: the same day
            placed("b", date(2022, 1, 1), date(2022, 3, 1), "RD1"),  # row 2 PASS: not the latest
            placed("b", date(2022, 6, 15)),  # row 3 FAIL: after b was placed on 1 June
            placed("c", date(2022, 8, 1)),  # row 4 PASS
        ],
    )
    assert rows(findings, "Episodes") == [2]
    assert rows(findings, "PlacedAdoption") == [3]

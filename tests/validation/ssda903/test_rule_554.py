"""554: the decision to place for adoption is on or before the first placement order (E1)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_554 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run


def test_a_decision_after_the_placement_order_is_reported_on_both():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 6, 1), ls="E1"),  # row 1 PASS
            episode("b", date(2022, 5, 1), date(2022, 6, 1), ls="E1", rec="X1"),  # row 2 FAIL
            episode("b", date(2022, 6, 1), ls="E1", rne="P"),  # row 3 PASS: not the first E1
            episode("c", date(2022, 6, 1), ls="C2"),  # row 4 PASS: no placement order
        ],
        PlacedAdoption=[
            placed("a", date(2022, 6, 1)),  # row 1 PASS: the same day
            placed("b", date(2022, 5, 20)),  # row 2 FAIL: after b's order of 1 May
            placed("c", date(2022, 9, 1)),  # row 3 PASS
        ],
    )
    assert rows(findings, "Episodes") == [2]
    assert rows(findings, "PlacedAdoption") == [2]
    assert "[NOTE" not in findings[0].message

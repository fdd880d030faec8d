"""553: a placement order (E1) needs a decision that the child should be placed for adoption."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_553 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run


def test_an_order_without_a_decision_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2018, 6, 1), ls="E1"),  # row 1 PASS: a has a decision in force
            episode("b", date(2018, 6, 1), ls="E1"),  # row 2 FAIL: b has no decision at all
            episode("c", date(2018, 6, 1), ls="E1"),  # open, and c's only decision ceased
            episode("d", date(2018, 6, 1), ls="E1"),  # open: d's first decision ceased, then...
            episode("e", date(2018, 6, 1), date(2018, 9, 1), ls="E1", rec="E4A"),  # ended
            episode("f", date(2018, 6, 1), ls="C2"),  # row 6 PASS: no order
        ],
        PlacedAdoption=[
            placed("a", date(2018, 5, 1)),  # row 1 PASS
            placed("c", date(2018, 5, 1), date(2018, 8, 1), "RD1"),  # row 2 FAIL: ceased
            placed("d", date(2017, 5, 1), date(2017, 8, 1), "RD1"),  # row 3 PASS: ...
            placed("d", date(2018, 5, 1)),  # row 4 PASS: ...a new one is in force
            placed("e", date(2018, 5, 1), date(2018, 9, 1), "RD2"),  # row 5 PASS: order ended
            placed("g", date(2018, 5, 1), None, "RD1"),  # row 6 PASS: g has no E1 episode
        ],
    )
    assert rows(findings, "Episodes") == [2]
    assert rows(findings, "PlacedAdoption") == [2]

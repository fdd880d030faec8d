"""383: back to the usual placement after a temporary one."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_383 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

D1, D2, D3 = date(2022, 4, 1), date(2022, 6, 1), date(2022, 6, 10)


def stay(child, place, post="CV34"):
    return [
        episode(child, D1, D2, place="U4", rec="X1", PL_POST="CV34"),
        episode(child, D2, D3, place="T3", rne="P", rec="X1"),
        episode(child, D3, place=place, rne="P", PL_POST=post),
    ]


def test_return_to_the_usual_placement():
    eps = stay("a", "U4") + stay("b", "K2") + stay("c", "U4", post="B1")
    # a: back to U4 PASS (row 3); b: to a children's home FAIL (row 6);
    # c: back to U4 but elsewhere: PASS to 2024-25 (row 9)
    assert rows(run(logic, 2023, Episodes=eps)) == [6]
    # From 2025-26 the postcode must match too: c FAIL (row 9)
    assert rows(run(logic, 2026, Episodes=eps)) == [6, 9]


def test_the_return_is_a_change_of_placement():
    eps = stay("a", "U4")
    eps[2]["RNE"] = "L"  # row 3 FAIL: a legal change only
    assert rows(run(logic, 2023, Episodes=eps)) == [3]

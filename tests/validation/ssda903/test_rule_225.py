"""225: placement change without a reason."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_225 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_reason_on_the_episode_before_a_move():
    d1, d2, d3 = date(2022, 4, 1), date(2022, 6, 1), date(2022, 9, 1)
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", d1, d2, rec="X1", REASON_PLACE_CHANGE="CARPL"),  # row 1 PASS: given
            episode("a", d2, rne="P"),  # row 2 PASS: the last
            episode("b", d1, d2, rec="X1"),  # row 3 FAIL: b moved (next RNE P)
            episode("b", d2, rne="P"),  # row 4 PASS
            episode("c", d1, d2, rec="X1"),  # row 5 PASS: next is only a legal change (L)
            episode("c", d2, rne="L"),  # row 6 PASS
            episode("d", d1, d2, rec="X1"),  # row 7 PASS: the move is into a temporary placement
            episode("d", d2, d3, rne="P", place="T1", rec="X1"),  # row 8 PASS: out of one
            episode("d", d3, rne="P"),  # row 9 PASS
        ],
    )
    assert rows(findings) == [3]

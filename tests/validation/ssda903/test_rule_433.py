"""433: a continuation episode must start the day the previous one ended."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_433 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_continuations_start_when_the_previous_episode_ended():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 1 PASS
            episode("a", date(2022, 6, 1), rne="P"),  # row 2 PASS: same day
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 3 PASS
            episode("b", date(2022, 6, 3), rne="L"),  # row 4 FAIL: two days later
            episode("c", date(2022, 4, 1)),  # row 5 PASS: first, open
            episode("c", date(2022, 6, 1), rne="T"),  # row 6 FAIL: previous has no end date
            episode("d", date(2022, 6, 1), rne="U"),  # row 7 PASS: first in the return
            episode("e", date(2022, 4, 1), date(2022, 6, 1), rec="E4A"),  # row 8 PASS
            episode("e", date(2022, 8, 1), rne="S"),  # row 9 PASS: a new start
            episode("f", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 10 PASS
            episode("f", date(2022, 5, 20), rne="B"),  # row 11 FAIL: starts before it ended
        ],
    )
    assert rows(findings) == [4, 6, 11]

"""142: an earlier episode left open when a later one began."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_142 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_every_episode_but_the_last_is_closed():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 1 PASS: closed
            episode("a", date(2022, 6, 1), rne="P"),  # row 2 PASS: the last may be open
            episode("b", date(2022, 4, 1)),  # row 3 FAIL: open, and b has a later episode
            episode("b", date(2022, 7, 1), rne="P"),  # row 4 PASS: the last
            episode("c", date(2022, 4, 1), date(2022, 5, 1)),  # row 5 FAIL: ended, no reason
            episode("c", date(2022, 5, 1), rne="P"),  # row 6 PASS: the last
            episode("d", date(2022, 9, 1), rne="P"),  # row 7 PASS: the last by date...
            episode("d", date(2022, 4, 1)),  # row 8 FAIL: ...though later in the file
            episode("e", date(2022, 5, 1)),  # row 9 FAIL: same start, earlier in the file
            episode("e", date(2022, 5, 1)),  # row 10 PASS: the last in the file
        ],
    )
    assert rows(findings) == [3, 5, 8, 9]

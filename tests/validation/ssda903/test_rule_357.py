"""357: first episode in the year without RNE S."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_357 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_first_episode_starts_care():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), rne="S"),  # row 1 PASS
            episode("b", date(2022, 5, 1), rne="P"),  # row 2 FAIL: b's first, in the year
            episode("c", date(2021, 5, 1), date(2022, 6, 1), rne="P", rec="X1"),  # row 3 PASS:
            # ...started before the year (last year's return had c's start)
            episode("c", date(2022, 6, 1), rne="P"),  # row 4 PASS: not the first
            episode("d", date(2022, 4, 1), rne="L"),  # row 5 FAIL: 1 April is in the year
        ],
    )
    assert rows(findings) == [2, 5]

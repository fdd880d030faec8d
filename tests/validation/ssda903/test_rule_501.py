"""501: an episode starting before the previous one ended."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_501 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_overlapping_episodes_are_reported_on_the_later():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 1 PASS
            episode("a", date(2022, 6, 1), rne="P"),  # row 2 PASS: starts the day it ended
            episode("b", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),  # row 3 PASS
            episode("b", date(2022, 5, 31), rne="P"),  # row 4 FAIL: a day early
            episode("c", date(2022, 4, 1)),  # row 5 PASS: open, not compared
            episode("c", date(2022, 5, 1), rne="P"),  # row 6 PASS here
        ],
    )
    assert rows(findings) == [4]
    assert findings[0].value == "2022-05-31"

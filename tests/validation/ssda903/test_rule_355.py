"""355: an episode that ends the day it starts (a query)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_355 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_same_day_episodes_are_queried():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 5, 1), rec="E4A"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), date(2022, 5, 2), rec="E4A"),  # row 2 PASS
            episode("c", date(2022, 5, 1)),  # row 3 PASS: open
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].severity.value == "warning"

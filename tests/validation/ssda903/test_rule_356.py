"""356: an episode ending before it starts."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_356 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_end_after_start():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 2), date(2022, 5, 1), rec="E4A"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), date(2022, 5, 1), rec="E4A"),  # row 2 PASS: same day
        ],
    )
    assert rows(findings) == [1]

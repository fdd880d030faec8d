"""385: an episode ending after the year's end."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_385 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_end_by_31_march():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2023, 3, 31), rec="E4A"),  # row 1 PASS
            episode("b", date(2022, 5, 1), date(2023, 4, 1), rec="E4A"),  # row 2 FAIL
        ],
    )
    assert rows(findings) == [2]

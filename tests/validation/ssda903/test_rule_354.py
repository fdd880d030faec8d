"""354: an episode starting after the year's end."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_354 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_start_by_31_march():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2023, 3, 31)), episode("b", date(2023, 4, 1))],  # PASS, FAIL
    )
    assert rows(findings) == [2]

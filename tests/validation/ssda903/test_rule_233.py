"""233: reason for placement change on an open episode (from 2025-26)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_233 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_open_episodes_have_no_reason():
    findings = run(
        logic,
        2026,
        Episodes=[
            episode("a", date(2025, 5, 1), REASON_PLACE_CHANGE="CARPL"),  # row 1 FAIL: open
            episode("b", date(2025, 5, 1), date(2025, 6, 1), rec="X1", REASON_PLACE_CHANGE="CARPL"),
            # row 2 PASS: ended
        ],
    )
    assert rows(findings) == [1]

"""242: URN XXXXXXX only for adoption and foster placements (from 2025-26)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_242 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_stand_in_urn():
    findings = run(
        logic,
        2026,
        Episodes=[
            episode("a", date(2025, 5, 1), place="A4", URN="XXXXXXX"),  # row 1 PASS
            episode("b", date(2025, 5, 1), place="U6", URN="XXXXXXX"),  # row 2 PASS
            episode("c", date(2025, 5, 1), place="K2", URN="XXXXXXX"),  # row 3 FAIL
            episode("d", date(2025, 5, 1), place="K2", URN="SC1"),  # row 4 PASS: a real URN
        ],
    )
    assert rows(findings) == [3]

"""SW10aSTG2: a new social worker episode not within seven days of the previous one."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw10astg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_within_seven_days_unless_first_contact():
    findings = run(
        logic,
        2026,
        SWEpisodes=[
            sw("a", date(2025, 5, 1), date(2025, 8, 1)),
            sw("a", date(2025, 7, 25)),  # row 2 PASS: seven days before
            sw("b", date(2025, 5, 1), date(2025, 8, 1)),
            sw("b", date(2025, 7, 24), reason=None),  # row 4 FAIL: eight days before, no reason
            sw("c", date(2025, 5, 1), date(2025, 8, 1)),
            sw("c", date(2025, 12, 1), reason="FCONTA"),  # row 6 PASS: first contact
        ],
    )
    assert rows(findings) == [4]

"""SW10bSTG2: a first-contact episode starting before the previous one ended."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw10bstg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_a_first_contact_starts_after_the_previous_end():
    findings = run(
        logic,
        2026,
        SWEpisodes=[
            sw("a", date(2025, 5, 1), date(2025, 8, 1)),
            sw("a", date(2025, 8, 2), reason="FCONTA"),  # row 2 PASS: the day after
            sw("b", date(2025, 5, 1), date(2025, 8, 1)),
            sw("b", date(2025, 8, 1), reason="FCONTA"),  # row 4 FAIL: the same day
            sw("c", date(2025, 5, 1), date(2025, 8, 1)),
            sw("c", date(2025, 7, 1), reason="MANAGE"),  # row 6 PASS here: not first contact
        ],
    )
    assert rows(findings) == [4]

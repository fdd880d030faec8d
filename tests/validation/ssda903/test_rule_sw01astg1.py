"""SW01aSTG1: an episode from before April 2023 without identifier or start."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw01astg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_identifier_and_start_for_older_episodes():
    findings = run(
        logic,
        2025,
        SWEpisodes=[
            sw(
                "a", date(2023, 3, 31), reason=None
            ),  # row 1 PASS: reason optional before April 2023
            sw("b", date(2023, 3, 31), sw_id=None),  # row 2 FAIL: no identifier
            sw("c", None),  # row 3 FAIL: no start
            sw("d", date(2023, 4, 1), sw_id=None),  # row 4 PASS here: SW01bSTG1's concern
        ],
    )
    assert rows(findings) == [2, 3]
    assert (logic.rule.first_year, logic.rule.last_year) == (2025, 2025)

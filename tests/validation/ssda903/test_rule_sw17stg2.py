"""SW17STG2: no social worker episode open at 31 March."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw17stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_the_latest_episode_is_open():
    findings = run(
        logic,
        2026,
        SWEpisodes=[
            sw("a", date(2025, 5, 1), date(2025, 8, 1)),  # row 1 PASS: not the latest
            sw("a", date(2025, 8, 1)),  # row 2 PASS: latest, open
            sw("b", date(2025, 5, 1), date(2025, 8, 1)),  # row 3 FAIL: latest, ended
        ],
    )
    assert rows(findings) == [3]

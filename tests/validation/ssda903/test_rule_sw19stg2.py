"""SW19STG2: two social worker episodes starting on the same date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw19stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_each_episode_starts_on_its_own_date():
    findings = run(
        logic,
        2026,
        SWEpisodes=[
            sw("a", date(2025, 5, 1)),  # row 1 PASS: the first on that date
            sw("a", date(2025, 5, 1)),  # row 2 FAIL: the second
            sw("b", date(2025, 5, 1)),  # row 3 PASS: another child
            sw("a", date(2025, 6, 1)),  # row 4 PASS: another date
        ],
    )
    assert rows(findings) == [2]

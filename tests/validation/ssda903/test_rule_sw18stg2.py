"""SW18STG2: a social worker episode ending before it starts."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw18stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_the_end_is_after_the_start():
    findings = run(
        logic,
        2026,
        SWEpisodes=[
            sw("a", date(2025, 5, 1), date(2025, 5, 2)),  # row 1 PASS
            sw("b", date(2025, 5, 1), date(2025, 5, 1)),  # row 2 FAIL: the same day
            sw("c", date(2025, 5, 1), date(2025, 4, 30)),  # row 3 FAIL: before
            sw("d", date(2025, 5, 1)),  # row 4 PASS: open
        ],
    )
    assert rows(findings) == [2, 3]

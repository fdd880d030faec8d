"""SW14STG2: the end of a social worker episode is blank when a later one exists."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw14stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_earlier_episodes_have_an_end():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 5, 1)),  # row 1 FAIL: a later one exists
            sw("a", date(2023, 8, 1)),  # row 2 PASS: the latest
            sw("b", date(2023, 5, 1)),  # row 3 PASS: the only one
        ],
    )
    assert rows(findings) == [1]

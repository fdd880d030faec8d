"""SW06STG2: a social worker episode starting after the collection year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw06stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_episodes_start_by_31_march():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2024, 3, 31)),  # row 1 PASS: the last day
            sw("b", date(2024, 4, 1)),  # row 2 FAIL: next year
            sw("c", date(2019, 1, 1)),  # row 3 PASS: long ago
        ],
    )
    assert rows(findings) == [2]

"""SW03STG1: a social worker episode without identifier, start or reason."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw03stg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_each_episode_is_complete():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 6, 1)),  # row 1 PASS
            sw("b", date(2023, 6, 1), sw_id=None),  # row 2 FAIL
            sw("c", None),  # row 3 FAIL
            sw("d", date(2023, 6, 1), reason=None),  # row 4 FAIL
            sw("e", date(2023, 6, 1), date(2023, 7, 1)),  # row 5 PASS: an end is optional
        ],
    )
    assert rows(findings) == [2, 3, 4]

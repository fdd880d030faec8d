"""SW02STG1: the social worker's identifier does not begin with SW or XX."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw02stg1 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw

START = date(2023, 6, 1)


def _episodes():
    return [
        sw("a", START, sw_id="SW12345"),  # row 1 PASS
        sw("b", START, sw_id="XX99"),  # row 2 PASS
        sw("c", START, sw_id="AB12345"),  # row 3 FAIL
        sw("d", START, sw_id=None),  # row 4 FAIL: blank
        sw("e", START, sw_id="SW1"),  # row 5: too short from 2025-26
        sw("f", START, sw_id="sw12345"),  # row 6 FAIL: lower case
    ]


def test_the_identifier_begins_sw_or_xx():
    assert rows(run(logic, 2024, SWEpisodes=_episodes())) == [3, 4, 6]
    assert rows(run(logic, 2026, SWEpisodes=_episodes())) == [3, 4, 5, 6]

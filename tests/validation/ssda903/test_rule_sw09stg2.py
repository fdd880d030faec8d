"""SW09STG2: a social worker episode that lasted less than a day (three from 2025-26)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw09stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def _episodes():
    return [
        sw("a", date(2023, 6, 1), date(2023, 6, 1)),  # row 1 FAIL: the same day
        sw("b", date(2023, 6, 1), date(2023, 6, 3)),  # row 2: two days
        sw("c", date(2023, 6, 1), date(2023, 6, 4)),  # row 3 PASS: three days
        sw("d", date(2023, 6, 1)),  # row 4 PASS: open
    ]


def test_an_episode_lasts_a_day_then_three():
    assert rows(run(logic, 2024, SWEpisodes=_episodes())) == [1]
    assert rows(run(logic, 2026, SWEpisodes=_episodes())) == [1, 2]

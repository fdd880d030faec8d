"""SW07STG2: a social worker episode ending outside the reporting period."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw07stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_the_end_is_in_the_reporting_period():
    def episodes(year):
        return [
            sw("a", date(2020, 1, 1), date(year - 1, 4, 1)),  # row 1 PASS: the year's first day
            sw("b", date(2020, 1, 1), date(year - 1, 3, 31)),  # row 2: the day before
            sw("c", date(2020, 1, 1), date(year - 2, 4, 1)),  # row 3: a year before the year
            sw("d", date(2020, 1, 1), date(year, 4, 1)),  # row 4 FAIL: after 31 March
            sw("e", date(2020, 1, 1)),  # row 5 PASS: open
        ]

    assert rows(run(logic, 2024, SWEpisodes=episodes(2024))) == [2, 3, 4]
    # From 2024-25 the period starts a year earlier.
    assert rows(run(logic, 2025, SWEpisodes=episodes(2025))) == [4]

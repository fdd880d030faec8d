"""SW11bSTG2: an episode ended in the last five days of the year with none following."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw11bstg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_an_episode_ended_at_the_year_end_is_followed():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 5, 1), date(2024, 3, 26)),  # row 1 FAIL: ended 26 March, alone
            sw("b", date(2023, 5, 1), date(2024, 3, 28)),  # row 2 PASS: followed
            sw("b", date(2024, 3, 28)),
            sw("c", date(2023, 5, 1), date(2024, 3, 25)),  # row 4 PASS here: six days before
            sw("d", date(2023, 5, 1), date(2024, 3, 31)),  # row 5 FAIL: ended 31 March, alone
        ],
    )
    assert rows(findings) == [1, 5]

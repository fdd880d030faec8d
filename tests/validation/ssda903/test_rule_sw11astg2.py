"""SW11aSTG2: an episode ended before 31 March with none following."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw11astg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def test_an_ended_episode_is_followed_within_five_days():
    findings = run(
        logic,
        2024,
        SWEpisodes=[
            sw("a", date(2023, 5, 1), date(2023, 8, 1)),  # row 1 PASS: followed 5 days later
            sw("a", date(2023, 8, 6)),
            sw("b", date(2023, 5, 1), date(2023, 8, 1)),  # row 3 FAIL: followed 6 days later
            sw("b", date(2023, 8, 7)),
            sw("c", date(2023, 5, 1), date(2023, 8, 1)),  # row 5 FAIL: nothing follows
            sw("d", date(2023, 5, 1), date(2024, 3, 27)),  # row 6 PASS here: in the last five days
        ],
    )
    assert rows(findings) == [3, 5]

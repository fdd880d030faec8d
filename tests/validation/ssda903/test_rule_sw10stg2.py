"""SW10STG2: a new social worker episode not following on from the previous one."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_sw10stg2 import logic
from tests.validation.ssda903._dfe_high import rows, run, sw


def _episodes():
    return [
        sw("a", date(2023, 5, 1), date(2023, 8, 1)),  # row 1 PASS: the first
        sw("a", date(2023, 8, 8)),  # row 2 PASS: seven days after
        sw("b", date(2023, 5, 1), date(2023, 8, 1)),
        sw("b", date(2023, 8, 9)),  # row 4 FAIL: eight days after
        sw("c", date(2023, 5, 1), date(2023, 8, 1)),
        sw("c", date(2023, 9, 1), reason="FCONTA"),  # row 6: first contact, a month later
        sw("d", date(2023, 5, 1)),
        sw("d", date(2023, 9, 1)),  # row 8 PASS here: previous open (SW08STG2's concern)
    ]


def test_each_episode_starts_within_a_week_of_the_last_ending():
    assert rows(run(logic, 2024, SWEpisodes=_episodes())) == [4, 6]
    # From 2024-25 a first contact is not checked.
    assert rows(run(logic, 2025, SWEpisodes=_episodes())) == [4]

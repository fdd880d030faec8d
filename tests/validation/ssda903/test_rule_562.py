"""562: an episode from before 1 April continues last year's last episode."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_562 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run


def test_the_first_episode_from_before_the_year_is_last_years_last():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            episode("a", date(2021, 5, 1), date(2021, 9, 1), rec="X1"),
            episode("a", date(2021, 9, 1), rne="P"),  # a's last
            episode("b", date(2021, 5, 1)),  # b's last
        ],
        Episodes=[
            episode("a", date(2021, 9, 1), date(2022, 5, 1), rne="P", rec="X1"),  # row 1 PASS
            episode("a", date(2022, 5, 1), rne="P"),  # row 2 PASS: started this year
            episode("b", date(2021, 6, 1)),  # row 3 FAIL: not b's last episode's start
            episode("c", date(2022, 3, 31)),  # row 4 FAIL: the day before the year; c absent then
            episode("d", date(2022, 4, 1)),  # row 5 PASS: 1 April is this year
        ],
    )
    assert rows(findings) == [3, 4]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[episode("c", date(2021, 1, 1))]) == []

"""228: the episode ends after the URN's registration ended, or is open past it."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_228 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 5, 1)
ENDED = date(2023, 9, 30)
PROVIDERS = [
    {"URN": "SC111111", "REG_END": ENDED},
    {"URN": "SC222222", "REG_END": None},  # still registered
    {"URN": "3333333", "REG_END": ENDED},  # one provider, one registration standing
    {"URN": "3333333", "REG_END": None},
    {"URN": "SC444444", "REG_END": date(2024, 3, 31)},  # ends on the year's last day
    {"URN": "SC555555", "REG_END": date(2024, 4, 30)},  # ends after the year
]


def test_an_episode_ending_after_deregistration_is_reported():
    episodes = [
        episode("a", START, ENDED, URN="SC111111"),  # row 1 PASS: ends the day it ended
        episode("b", START, date(2023, 10, 1), URN="SC111111"),  # row 2 FAIL: ends a day after
        episode("c", START, None, URN="SC111111"),  # row 3 FAIL: open on 31 March, deregistered
        episode("d", START, None, URN="SC222222"),  # row 4 PASS: still registered
        episode("e", START, None, URN="3333333"),  # row 5 PASS: one row still registered
        episode("f", START, None, URN="SC444444"),  # row 6 PASS: registered up to 31 March
        episode("g", START, None, URN="SC555555"),  # row 7 PASS: registered past the year
        episode("h", START, None, URN="XXXXXXX"),  # row 8 PASS: no URN
        episode("i", START, None, URN="SC999999"),  # row 9 PASS: unknown URN, 1008's
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [2, 3]
    assert sorted(f.value or "" for f in findings) == ["", "2023-10-01"]


def test_an_open_episode_is_judged_at_its_own_years_end():
    # The same open episode at SC555555 (ended 30 April 2024): open on 31 March 2025.
    episodes = [episode("g", START, None, URN="SC555555")]
    assert rows(run(logic, 2025, Episodes=episodes, ref_providers=PROVIDERS)) == [1]


def test_without_a_year_only_ended_episodes_are_judged():
    episodes = [
        episode("b", START, date(2023, 10, 1), URN="SC111111"),  # row 1 FAIL: ended after
        episode("c", START, None, URN="SC111111"),  # row 2 PASS: the year's end is unknown
    ]
    assert rows(run(logic, None, Episodes=episodes, ref_providers=PROVIDERS)) == [1]


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

"""227: the episode starts on or after the URN's registration ended."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_227 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

ENDED = date(2023, 9, 30)
PROVIDERS = [
    {"URN": "SC111111", "REG_END": ENDED},  # deregistered on 30 September 2023
    {"URN": "SC222222", "REG_END": None},  # still registered
    # One provider on two rows: one registration still stands.
    {"URN": "3333333", "REG_END": ENDED},
    {"URN": "3333333", "REG_END": None},
    # Two rows, both ended: the later end counts.
    {"URN": "4444444", "REG_END": date(2023, 6, 30)},
    {"URN": "4444444", "REG_END": ENDED},
]


def test_an_episode_starting_after_deregistration_is_reported():
    episodes = [
        episode("a", date(2023, 9, 29), URN="SC111111"),  # row 1 PASS: the day before the end
        episode("b", ENDED, URN="SC111111"),  # row 2 FAIL: on the day it ended
        episode("c", date(2023, 12, 1), URN="SC111111"),  # row 3 FAIL: after it ended
        episode("d", date(2023, 12, 1), URN="SC222222"),  # row 4 PASS: still registered
        episode("e", date(2023, 12, 1), URN="3333333"),  # row 5 PASS: one row still registered
        episode("f", date(2023, 8, 1), URN="4444444"),  # row 6 PASS: before the later end
        episode("g", date(2023, 10, 1), URN="4444444"),  # row 7 FAIL: after both ends
        episode("h", date(2023, 12, 1), URN="XXXXXXX"),  # row 8 PASS: no URN
        episode("i", date(2023, 12, 1), URN="SC999999"),  # row 9 PASS: unknown URN, 1008's
        episode("j", None, URN="SC111111"),  # row 10 PASS: no start date to judge
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [2, 3, 7]
    assert sorted(f.value for f in findings) == ["2023-09-30", "2023-10-01", "2023-12-01"]


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)

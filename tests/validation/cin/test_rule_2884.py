"""2884: an initial conference recorded on both the section 47 and the episode."""

from safeboard.validation.rules.cin.rule_2884 import logic
from tests.validation.cin.dfe_low_rows import D, episode, failing, section47

RULE = logic.rule


def test_the_same_conference_date_in_both_places_fails_in_both():
    episodes = [
        episode("a", 1, DateOfInitialCPC=D(2018, 6, 1)),  # row 1 FAIL: also row 1 below
        episode("b", 1, DateOfInitialCPC=D(2018, 6, 1)),  # row 2 PASS: b's enquiry differs
        episode("c", 1),  # row 3 PASS: no date on the episode
        episode("d", 2, DateOfInitialCPC=D(2018, 7, 7)),  # row 4 FAIL: d's episode 1 enquiry
    ]
    enquiries = [
        section47("a", 1, 1, DateOfInitialCPC=D(2018, 6, 1)),  # row 1 FAIL
        section47("b", 1, 1, DateOfInitialCPC=D(2018, 6, 2)),  # row 2 PASS: another day
        section47("c", 1, 1, DateOfInitialCPC=D(2018, 6, 1)),  # row 3 PASS: c's episode has none
        section47("d", 1, 1, DateOfInitialCPC=D(2018, 7, 7)),  # row 4 FAIL: same date, child d
        section47("e", 1, 1, DateOfInitialCPC=D(2018, 6, 1)),  # row 5 PASS: another child
    ]  # fmt: skip
    assert failing(RULE, 2019, section47=enquiries, cin_episode=episodes) == [
        ("cin_episode", "row 1", "a"),
        ("cin_episode", "row 4", "d"),
        ("section47", "row 1", "a"),
        ("section47", "row 4", "d"),
    ]

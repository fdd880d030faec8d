"""8875: the initial conference dated on a weekend (enquiry or episode)."""

from safeboard.validation.rules.cin.rule_8875 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing, findings, section47

RULE = logic.rule


def test_weekend_conferences_fail_wherever_recorded():
    enquiries = [
        section47("a", DateOfInitialCPC=D(2022, 5, 20)),  # row 1 PASS: a Friday
        section47("b", DateOfInitialCPC=D(2022, 5, 21)),  # row 2 FAIL: a Saturday
    ]
    episodes = [
        episode("c", DateOfInitialCPC=D(2022, 5, 22)),  # row 1 FAIL: a Sunday, on the episode
        episode("d", DateOfInitialCPC=D(2022, 5, 23)),  # row 2 PASS: a Monday
        episode("e"),  # row 3 PASS: none
    ]
    assert failing(RULE, 2023, section47=enquiries, cin_episode=episodes) == [
        ("row 1", "c"),
        ("row 2", "b"),
    ]
    tables = sorted(
        (f.table, f.child) for f in findings(RULE, 2023, section47=enquiries, cin_episode=episodes)
    )
    assert tables == [("cin_episode", "c"), ("section47", "b")]

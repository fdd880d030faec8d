"""8555Q: no referral after the child's death."""

from safeboard.validation.rules.cin.rule_8555q import logic
from tests.validation.cin.dfe_low_rows import D, child, episode, failing

RULE = logic.rule


def test_referrals_after_death_are_queried():
    children = [child("a", PersonDeathDate=D(2021, 8, 1)), child("b")]
    episodes = [
        episode("a", 1, CINreferralDate=D(2021, 8, 1)),  # row 1 PASS: the same day
        episode("a", 2, CINreferralDate=D(2021, 8, 2)),  # row 2 QUERY: the day after
        episode("b", 1, CINreferralDate=D(2021, 8, 2)),  # row 3 PASS: b is alive
    ]
    assert failing(RULE, 2022, cin_episode=episodes, child=children) == [
        ("cin_episode", "row 2", "a")
    ]

"""8772: UN7 for a child with a referral that led to further action."""

from safeboard.validation.rules.cin.rule_8772 import logic
from tests.validation.cin.dfe_high_rows import child, episode, failing

RULE = logic.rule


def test_un7_with_further_action_fails_once_per_child():
    children = [
        child("a", UPNunknown="UN7"),  # row 1 PASS: every referral NFA
        child("b", UPNunknown="UN7"),  # row 2 FAIL: one of two referrals went on
        child("c", UPNunknown="UN5"),  # row 3 PASS: another reason
        child("d", UPNunknown="UN7"),  # row 4 FAIL: NFA not recorded, so not shown as NFA
        child("e", UPNunknown="UN7"),  # row 5 PASS: no referral rows to contradict it
    ]
    episodes = [
        episode("a", 1, ReferralNFA=True),
        episode("b", 1, ReferralNFA=True),
        episode("b", 2, ReferralNFA=False),
        episode("b", 3, ReferralNFA=False),
        episode("c", 1, ReferralNFA=False),
        episode("d", 1),
    ]
    assert failing(RULE, 2020, child=children, cin_episode=episodes) == [
        ("row 2", "b"),
        ("row 4", "d"),
    ]

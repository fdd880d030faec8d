"""8610: primary need missing on a referral that led to further action."""

from safeboard.validation.rules.cin.rule_8610 import logic
from tests.validation.cin.dfe_high_rows import episode, failing

RULE = logic.rule


def test_further_action_without_primary_need_fails():
    rows = [
        episode("a", ReferralNFA=False, PrimaryNeedCode="N1"),  # row 1 PASS
        episode("b", ReferralNFA=False),  # row 2 FAIL: further action, no need code
        episode("c", ReferralNFA=True),  # row 3 PASS: no further action, none needed
        episode("d"),  # row 4 PASS here: ReferralNFA missing is another rule's concern
        episode("e", ReferralNFA=True, PrimaryNeedCode="N9"),  # row 5 PASS
    ]
    assert failing(RULE, 2018, cin_episode=rows) == [("row 2", "b")]

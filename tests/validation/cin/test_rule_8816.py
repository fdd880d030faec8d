"""8816: an open further-action episode that is not the child's latest."""

from safeboard.validation.rules.cin.rule_8816 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_open_episode_before_a_later_referral_fails():
    rows = [
        episode("a", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False),  # row 1 FAIL: open, but a later referral exists
        episode("a", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=True),  # row 2 PASS: the latest (NFA)
        episode("b", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False, CINclosureDate=D(2022, 6, 1)),  # row 3 PASS: closed
        episode("b", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 4 PASS: open and latest
        episode("c", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=True),  # row 5 PASS: NFA may stay open
        episode("c", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False, CINclosureDate=D(2022, 10, 1)),  # row 6 PASS
        episode("d", 1, CINreferralDate=D(2022, 9, 1), ReferralNFA=True),  # row 7 PASS
        episode("d", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 8 PASS: shares the latest date
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_episode=rows) == [("row 1", "a")]

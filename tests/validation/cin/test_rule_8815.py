"""8815: more than one open episode that led to further action."""

from safeboard.validation.rules.cin.rule_8815 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_two_open_further_action_episodes_fail():
    rows = [
        episode("a", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False),  # row 1 FAIL: open...
        episode("a", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 2 FAIL: ...twice
        episode("a", 3, CINreferralDate=D(2022, 2, 1), ReferralNFA=True),  # row 3 PASS: NFA may stay open
        episode("b", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False, CINclosureDate=D(2022, 8, 1)),  # row 4 PASS: closed
        episode("b", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 5 PASS: the one open
        episode("c", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=True),  # row 6 PASS: two open NFAs...
        episode("c", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=True),  # row 7 PASS: ...are allowed
        episode("d", 1, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 8 PASS: another child
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_episode=rows) == [("row 1", "a"), ("row 2", "a")]

"""8820: overlapping CIN episodes."""

from safeboard.validation.rules.cin.rule_8820 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_episodes_referred_inside_another_fail():
    rows = [
        episode("a", 1, CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 8, 1)),  # row 1 PASS
        episode("a", 2, CINreferralDate=D(2022, 8, 1)),  # row 2 PASS: referred the day row 1 closed
        episode("b", 1, CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 8, 1)),  # row 3 PASS: the earlier one
        episode("b", 2, CINreferralDate=D(2022, 7, 31)),  # row 4 FAIL: inside row 3
        episode("c", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False),  # row 5 PASS: open...
        episode("c", 2, CINreferralDate=D(2022, 9, 1), CINclosureDate=D(2022, 9, 2)),  # row 6 FAIL: ...so this is inside it
        episode("d", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=True),  # row 7 PASS: open NFA...
        episode("d", 2, CINreferralDate=D(2022, 9, 1), ReferralNFA=False),  # row 8 PASS: ...does not cover later ones
        episode("e", 1, CINreferralDate=D(2022, 5, 1), ReferralNFA=False),  # row 9 PASS: open, further action...
        episode("e", 2, CINreferralDate=D(2023, 3, 31), ReferralNFA=True),  # row 10 PASS: ...until the ReferenceDate, not on it
        episode("f", 1, CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 6, 1)),  # row 11 FAIL: same referral date...
        episode("f", 2, CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 7, 1)),  # row 12 FAIL: ...each starts inside the other
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_episode=rows) == [
        ("row 4", "b"),
        ("row 6", "c"),
        ("row 11", "f"),
        ("row 12", "f"),
    ]

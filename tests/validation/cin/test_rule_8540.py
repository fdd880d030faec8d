"""8540: born children whose referral went further have valid disability records."""

from safeboard.validation.rules.cin.rule_8540 import logic
from tests.validation.cin.dfe_low_rows import D, child, disability, episode, failing

RULE = logic.rule

BORN = D(2015, 1, 1)


def test_missing_or_invalid_disabilities_fail():
    children = [
        child("a", PersonBirthDate=BORN),  # row 1 PASS: NONE recorded
        child("b", PersonBirthDate=BORN),  # row 2 FAIL: nothing recorded
        child("c", PersonBirthDate=BORN),  # row 3 FAIL: one code is not a code
        child("d"),  # row 4 PASS: unborn, nothing needed
        child("e", PersonBirthDate=BORN),  # row 5 PASS: its only referral was NFA
        child("f", PersonBirthDate=BORN),  # row 6 FAIL: one of two referrals went further
        child("g", PersonBirthDate=BORN),  # row 7 PASS: two valid codes
    ]
    episodes = [episode(name, ReferralNFA=False) for name in ("a", "b", "c", "d", "g")] + [
        episode("e", ReferralNFA=True),
        episode("f", 1, ReferralNFA=True),
        episode("f", 2, ReferralNFA=False),
    ]
    disabilities = [
        disability("a", "NONE"),
        disability("c", "MOB"),
        disability("c", "BLIND"),
        disability("g", "MOB"),
        disability("g", "AUT"),
    ]
    assert failing(RULE, 2020, child=children, cin_episode=episodes, disability=disabilities) == [
        ("child", "row 2", "b"),
        ("child", "row 3", "c"),
        ("child", "row 6", "f"),
    ]

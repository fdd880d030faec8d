"""1104: a section 47's initial conference is on or after the referral date."""

from safeboard.validation.rules.cin.rule_1104 import logic
from tests.validation.cin.dfe_low_rows import D, episode, failing, section47

RULE = logic.rule


def test_conferences_before_the_referral_fail():
    episodes = [
        episode("a", 1, CINreferralDate=D(2019, 5, 10)),
        episode("a", 2, CINreferralDate=D(2019, 11, 1)),
        # The episode's own conference date is not this rule's concern.
        episode("b", 1, CINreferralDate=D(2019, 5, 10), DateOfInitialCPC=D(2019, 5, 1)),
    ]
    rows = [
        section47("a", 1, 1, DateOfInitialCPC=D(2019, 5, 10)),  # row 1 PASS: the referral day
        section47("a", 1, 2, DateOfInitialCPC=D(2019, 10, 31)),  # row 2 FAIL: the day before episode 2
        section47("a", 2, 1, DateOfInitialCPC=D(2019, 10, 31)),  # row 3 PASS: after episode 1
        section47("b", 1, 1),  # row 4 PASS: no conference
        section47("b", 2, 1, DateOfInitialCPC=D(2019, 4, 1)),  # row 5 FAIL: before the referral
    ]  # fmt: skip
    assert failing(RULE, 2020, section47=rows, cin_episode=episodes) == [
        ("section47", "row 2", "a"),
        ("section47", "row 5", "b"),
    ]

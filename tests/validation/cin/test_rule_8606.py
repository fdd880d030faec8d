"""8606: referral more than 280 days before the (expected) date of birth.

Birth dates are stored as the first of their month, so fixtures use the 1st.
"""

from safeboard.validation.rules.cin.rule_8606 import logic
from tests.validation.cin.dfe_high_rows import D, child, episode, failing

RULE = logic.rule


def test_referrals_long_before_birth_fail():
    children = [
        child("a", PersonBirthDate=D(2022, 10, 1)),
        child("b", ExpectedPersonBirthDate=D(2023, 6, 1)),
        child("c", PersonBirthDate=D(2015, 1, 1)),
        child("d"),  # no dates at all
    ]
    # 1 October 2022 - 280 days = 25 December 2021; 1 June 2023 - 280 days = 25 August 2022.
    episodes = [
        episode("a", 1, CINreferralDate=D(2021, 12, 25)),  # row 1 PASS: exactly 280 days before
        episode("a", 2, CINreferralDate=D(2021, 12, 24)),  # row 2 FAIL: 281 days before
        episode("b", 1, CINreferralDate=D(2022, 8, 25)),  # row 3 PASS: 280 days before expected
        episode("b", 2, CINreferralDate=D(2022, 8, 24)),  # row 4 FAIL: 281 days before expected
        episode("c", 1, CINreferralDate=D(2022, 5, 1)),  # row 5 PASS: after birth
        episode("d", 1, CINreferralDate=D(2022, 5, 1)),  # row 6 PASS: nothing to compare with
        episode("e", 1, CINreferralDate=D(2022, 5, 1)),  # row 7 PASS: no child row
    ]
    assert failing(RULE, 2023, cin_episode=episodes, child=children) == [
        ("row 2", "a"),
        ("row 4", "b"),
    ]


def test_either_date_can_fail_the_referral():
    # Born 1 March 2023 but expected 1 December 2023: the referral of 1 May 2022 is 304 days
    # before the birth and 579 before the expected date.
    children = [child("a", PersonBirthDate=D(2023, 3, 1), ExpectedPersonBirthDate=D(2023, 12, 1))]
    episodes = [episode("a", CINreferralDate=D(2022, 5, 1))]  # row 1 FAIL
    assert failing(RULE, 2023, cin_episode=episodes, child=children) == [("row 1", "a")]

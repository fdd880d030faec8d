"""8770Q: a child of school age, referred on, with neither a UPN nor a reason for none."""

from safeboard.validation.rules.cin.rule_8770q import logic
from tests.validation.cin.dfe_high_rows import D, child, episode, failing, findings

RULE = logic.rule


def further_action(*pseudonyms):
    return [episode(p, ReferralNFA=False) for p in pseudonyms]


def test_to_2023_24_school_age_is_born_before_31_march_six_years_earlier():
    # 2022-23: the ReferenceDate minus 6 years is 31 March 2017. Birth dates are stored to
    # the month: a child "born 1 March 2017" may have been born on 31 March, so is not queried.
    children = [
        child("a", PersonBirthDate=D(2017, 2, 1)),  # row 1 QUERY: school age, nothing given
        child("b", PersonBirthDate=D(2017, 3, 1)),  # row 2 PASS: maybe born on 31 March 2017
        child("c", PersonBirthDate=D(2010, 1, 1), UPN_given=True),  # row 3 PASS: has a UPN
        child("d", PersonBirthDate=D(2010, 1, 1), UPNunknown="UN3"),  # row 4 PASS: a reason
        child("e", PersonBirthDate=D(2010, 1, 1), UPNunknown="UN1"),  # row 5 QUERY: UN1 is for the under-6s
        child("f", PersonBirthDate=D(2010, 1, 1)),  # row 6 PASS: only a no-further-action referral
        child("g", PersonBirthDate=D(2010, 1, 1), UPNunknown="un2"),  # row 7 PASS: the code in lower case
    ]  # fmt: skip
    episodes = [*further_action("a", "b", "c", "d", "e", "g"), episode("f", ReferralNFA=True)]
    assert failing(RULE, 2023, child=children, cin_episode=episodes) == [
        ("row 1", "a"),
        ("row 5", "e"),
    ]
    assert findings(RULE, 2023, child=children, cin_episode=episodes)[0].message.endswith(
        "UPN or reason UPN missing expected for a child who is more than 5 years old"
    )


def test_from_2024_25_school_age_is_born_by_31_august_six_years_earlier():
    # 2024-25: born on or before 31 August 2019.
    children = [
        child("a", PersonBirthDate=D(2019, 8, 1)),  # row 1 QUERY: born in August 2019
        child("b", PersonBirthDate=D(2019, 9, 1)),  # row 2 PASS: too young
        child("c", PersonBirthDate=D(2019, 8, 1), UPNunknown="UN1"),  # row 3 QUERY: UN1
    ]
    episodes = further_action("a", "b", "c")
    assert failing(RULE, 2025, child=children, cin_episode=episodes) == [
        ("row 1", "a"),
        ("row 3", "c"),
    ]
    assert findings(RULE, 2025, child=children, cin_episode=episodes)[0].message == RULE.message

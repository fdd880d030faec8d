"""8569Q: no referral before the last working day before 1 April marked NFA."""

from safeboard.validation.rules.cin.rule_8569q import logic
from tests.validation.cin.dfe_low_rows import D, episode, failing

RULE = logic.rule


def test_old_referrals_marked_no_further_action_are_queried():
    # 2022-23 starts on Friday 1 April 2022: the working day before is Thursday 31 March.
    rows = [
        episode("a", CINreferralDate=D(2022, 3, 31), ReferralNFA=True),  # row 1 PASS: that day
        episode("b", CINreferralDate=D(2022, 3, 30), ReferralNFA=True),  # row 2 QUERY: the day before
        episode("c", CINreferralDate=D(2022, 3, 30), ReferralNFA=False),  # row 3 PASS: went further
        episode("d", CINreferralDate=D(2021, 6, 1), ReferralNFA=None),  # row 4 QUERY: not false
        episode("e", CINreferralDate=D(2022, 6, 1), ReferralNFA=True),  # row 5 PASS: in the year
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_episode=rows) == [
        ("cin_episode", "row 2", "b"),
        ("cin_episode", "row 4", "d"),
    ]


def test_easter_moves_the_day():
    # 2024-25 starts on Easter Monday, 1 April 2024, after Good Friday, 29 March: the last
    # working day before is Thursday 28 March.
    rows = [
        episode("a", CINreferralDate=D(2024, 3, 28), ReferralNFA=True),  # PASS: that day
        episode("b", CINreferralDate=D(2024, 3, 27), ReferralNFA=True),  # QUERY
    ]
    assert failing(RULE, 2025, cin_episode=rows) == [("cin_episode", "row 2", "b")]

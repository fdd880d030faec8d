"""8866: source of referral missing or not a code of the year."""

from safeboard.validation.rules.cin.rule_8866 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule

ROWS = [
    episode("a", CINreferralDate=D(2022, 5, 1), ReferralSource="2A"),  # row 1 PASS
    episode("b", CINreferralDate=D(2022, 5, 1)),  # row 2 FAIL: missing
    episode("c", CINreferralDate=D(2022, 5, 1), ReferralSource="11"),  # row 3 FAIL: no such code
    episode("d", CINreferralDate=D(2022, 5, 1), ReferralSource="5D"),  # row 4: PASS from 2022-23
    episode("e", CINreferralDate=D(2013, 3, 31)),  # row 5 PASS: referred before April 2013
    episode("f", CINreferralDate=D(2013, 4, 1)),  # row 6 FAIL: from 1 April 2013 on
    episode("g", ReferralSource="99"),  # row 7 PASS here: no referral date (8600)
]


def test_5d_is_valid_from_2022_23():
    assert failing(RULE, 2023, cin_episode=ROWS) == [("row 2", "b"), ("row 3", "c"), ("row 6", "f")]


def test_5d_is_invalid_before():
    assert failing(RULE, 2022, cin_episode=ROWS) == [
        ("row 2", "b"),
        ("row 3", "c"),
        ("row 4", "d"),
        ("row 6", "f"),
    ]

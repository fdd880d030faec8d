"""8630: closure before referral."""

from safeboard.validation.rules.cin.rule_8630 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing

RULE = logic.rule


def test_closing_before_the_referral_fails():
    rows = [
        episode("a", CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 9, 1)),  # row 1 PASS
        episode("b", CINreferralDate=D(2022, 5, 1), CINclosureDate=D(2022, 5, 1)),  # row 2 PASS: same day
        episode("c", CINreferralDate=D(2022, 5, 2), CINclosureDate=D(2022, 5, 1)),  # row 3 FAIL
        episode("d", CINreferralDate=D(2022, 5, 2)),  # row 4 PASS: open
        episode("e", CINclosureDate=D(2022, 5, 1)),  # row 5 PASS here: no referral (8600)
    ]  # fmt: skip
    assert failing(RULE, 2023, cin_episode=rows) == [("row 3", "c")]

"""4015: a CIN plan starts on or after its referral date."""

from safeboard.validation.rules.cin.rule_4015 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, episode, failing

RULE = logic.rule


def test_cin_plans_before_their_referral_fail():
    episodes = [
        episode("a", 1, CINreferralDate=D(2022, 5, 1)),
        episode("a", 2, CINreferralDate=D(2022, 9, 1)),
    ]
    rows = [
        cin_plan("a", 1, 1, CINPlanStartDate=D(2022, 5, 1)),  # row 1 PASS: same day
        cin_plan("a", 1, 2, CINPlanStartDate=D(2022, 8, 31)),  # row 2 FAIL: before episode 2's
        cin_plan("a", 2, 1, CINPlanStartDate=D(2022, 8, 31)),  # row 3 PASS: after episode 1's
    ]
    assert failing(RULE, 2023, cin_plan=rows, cin_episode=episodes) == [("cin_plan", "row 2", "a")]

"""4000: no CIN plan on a no-further-action referral."""

from safeboard.validation.rules.cin.rule_4000 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, episode, failing

RULE = logic.rule

EPISODES = [
    episode("a", 1, ReferralNFA=True),
    episode("a", 2, ReferralNFA=False),
    episode("b", 1, ReferralNFA=None),  # not given (a required item): not "no further action"
]
PLANS = [
    cin_plan("a", 1, 1, CINPlanStartDate=D(2022, 5, 1)),  # row 1 FAIL: episode 1 is NFA
    cin_plan("a", 1, 2, CINPlanStartDate=D(2022, 6, 1)),  # row 2 PASS: episode 2 is not
    cin_plan("b", 1, 1, CINPlanStartDate=D(2022, 6, 1)),  # row 3 PASS
]


def test_cin_plans_on_no_further_action_referrals_fail():
    assert failing(RULE, 2023, cin_plan=PLANS, cin_episode=EPISODES) == [("cin_plan", "row 1", "a")]


def test_cin_plans_are_checked_from_2021_22():
    assert failing(RULE, 2022, cin_plan=PLANS, cin_episode=EPISODES) == [("cin_plan", "row 1", "a")]
    assert failing(RULE, 2021, cin_plan=PLANS, cin_episode=EPISODES) == []  # not collected yet

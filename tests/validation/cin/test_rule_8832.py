"""8832: child protection plan on a referral with no further action."""

from safeboard.validation.rules.cin.rule_8832 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, episode, failing

RULE = logic.rule


def test_plans_on_nfa_referrals_fail():
    episodes = [
        episode("a", 1, ReferralNFA=True),
        episode("b", 1, ReferralNFA=False),
        episode("c", 1, ReferralNFA=True),
        episode("c", 2, ReferralNFA=False),
    ]
    plans = [
        cp_plan("a", CPPstartDate=D(2022, 6, 1)),  # row 1 FAIL: on an NFA referral
        cp_plan("b", CPPstartDate=D(2022, 6, 1)),  # row 2 PASS: further action
        cp_plan(
            "c", episode=2, CPPstartDate=D(2022, 6, 1)
        ),  # row 3 PASS: on the further-action one
    ]
    assert failing(RULE, 2021, cp_plan=plans, cin_episode=episodes) == [("row 1", "a")]

"""1105: a child protection plan starts on or after the referral date."""

from safeboard.validation.rules.cin.rule_1105 import logic
from tests.validation.cin.dfe_low_rows import D, cp_plan, episode, failing

RULE = logic.rule


def test_plans_before_the_referral_fail():
    episodes = [
        episode("a", 1, CINreferralDate=D(2024, 4, 2)),
        episode("a", 2, CINreferralDate=D(2024, 12, 1)),
    ]
    rows = [
        cp_plan("a", 1, 1, CPPstartDate=D(2024, 4, 2)),  # row 1 PASS: the referral day
        cp_plan("a", 2, 1, CPPstartDate=D(2024, 4, 1)),  # row 2 FAIL: the day before
        cp_plan("a", 1, 2, CPPstartDate=D(2024, 11, 1)),  # row 3 FAIL: before episode 2
        cp_plan("a", 1, 3, CPPstartDate=D(2024, 11, 1)),  # row 4 PASS here: no such episode
    ]
    assert failing(RULE, 2025, cp_plan=rows, cin_episode=episodes) == [
        ("cp_plan", "row 2", "a"),
        ("cp_plan", "row 3", "a"),
    ]

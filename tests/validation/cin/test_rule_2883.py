"""2883: no more plans starting in the year than initial conferences held in it."""

from safeboard.validation.rules.cin.rule_2883 import logic
from tests.validation.cin.dfe_low_rows import D, cp_plan, episode, findings, section47

RULE = logic.rule

# 2022-23: the census year is 1 April 2022 to 31 March 2023.
PLANS = [
    cp_plan("a", CPPstartDate=D(2022, 4, 1)),  # counts: the first day
    cp_plan("b", CPPstartDate=D(2023, 3, 31)),  # counts: the last day
    cp_plan("c", CPPstartDate=D(2022, 3, 31)),  # does not count: last year
    cp_plan("d", CPPstartDate=D(2022, 9, 1)),  # counts
]


def test_three_plans_against_three_conferences_pass():
    episodes = [
        episode("a", DateOfInitialCPC=D(2022, 4, 1)),  # counts
        episode("x", DateOfInitialCPC=D(2021, 4, 1)),  # does not: 2021
    ]
    enquiries = [
        section47("b", DateOfInitialCPC=D(2023, 3, 31)),  # counts
        section47("d", DateOfInitialCPC=D(2022, 9, 1)),  # counts
        section47("e"),  # no conference
    ]
    # 3 plans started in the year, 1 + 2 = 3 conferences: equal is allowed.
    assert findings(RULE, 2023, cp_plan=PLANS, cin_episode=episodes, section47=enquiries) == []


def test_three_plans_against_two_conferences_fail_once_for_the_return():
    episodes = [episode("a", DateOfInitialCPC=D(2022, 4, 1))]
    enquiries = [section47("d", DateOfInitialCPC=D(2022, 9, 1))]
    [finding] = findings(RULE, 2023, cp_plan=PLANS, cin_episode=episodes, section47=enquiries)
    assert (finding.child, finding.position, finding.value) == (
        "",
        "",
        "3 plans started, 2 initial conferences",
    )
    assert finding.severity.value == "error"

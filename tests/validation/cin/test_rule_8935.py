"""8935: more than one open plan for a child."""

from safeboard.validation.rules.cin.rule_8935 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing

RULE = logic.rule


def test_two_open_plans_fail_in_one_episode_or_across_episodes():
    rows = [
        cp_plan("a", 1, CPPstartDate=D(2022, 5, 1)),  # row 1 FAIL: open...
        cp_plan("a", 2, CPPstartDate=D(2022, 9, 1)),  # row 2 FAIL: ...twice in one episode
        cp_plan("b", 1, episode=1, CPPstartDate=D(2022, 5, 1)),  # row 3 FAIL: open in episode 1...
        cp_plan("b", 1, episode=2, CPPstartDate=D(2022, 9, 1)),  # row 4 FAIL: ...and in episode 2
        cp_plan("c", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 8, 1)),  # row 5 PASS: ended
        cp_plan("c", 2, CPPstartDate=D(2022, 9, 1)),  # row 6 PASS: the one open
    ]  # fmt: skip
    assert failing(RULE, 2023, cp_plan=rows) == [
        ("row 1", "a"),
        ("row 2", "a"),
        ("row 3", "b"),
        ("row 4", "b"),
    ]

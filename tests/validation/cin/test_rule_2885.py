"""2885: a plan starting in the year starts on its conference's day."""

from safeboard.validation.rules.cin.rule_2885 import logic
from tests.validation.cin.dfe_low_rows import D, cp_plan, episode, failing, section47

RULE = logic.rule


def test_plans_match_their_episodes_conference():
    enquiries = [
        section47("a", DateOfInitialCPC=D(2020, 6, 1), ICPCnotRequired=False),
        section47("b", DateOfInitialCPC=D(2020, 6, 1), ICPCnotRequired=False),
        # c: its only enquiry needed no conference, so the episode's own date counts.
        section47("c", ICPCnotRequired=True),
        section47("e", DateOfInitialCPC=D(2020, 6, 1), ICPCnotRequired=False),
    ]
    episodes = [
        episode("b", DateOfInitialCPC=D(2020, 6, 2)),
        episode("c", DateOfInitialCPC=D(2020, 8, 1)),
        episode("d", DateOfInitialCPC=D(2020, 9, 1)),
        episode("e", DateOfInitialCPC=D(2020, 6, 5)),
    ]
    plans = [
        cp_plan("a", 1, CPPstartDate=D(2020, 6, 1)),  # row 1 PASS: the enquiry's conference
        cp_plan("a", 2, CPPstartDate=D(2020, 6, 3)),  # row 2 FAIL: no conference that day
        cp_plan("b", 1, CPPstartDate=D(2020, 6, 2)),  # row 3 FAIL: the episode's date, but b has an enquiry
        cp_plan("c", 1, CPPstartDate=D(2020, 8, 1)),  # row 4 PASS: the episode's date, no enquiry that counts
        cp_plan("d", 1, CPPstartDate=D(2020, 9, 1)),  # row 5 PASS: no enquiry, the episode's date
        cp_plan("d", 1, 2, CPPstartDate=D(2020, 9, 1)),  # row 6 FAIL: episode 2 has no conference
        cp_plan("e", 1, CPPstartDate=D(2019, 3, 1)),  # row 7 PASS here: before the census year
        cp_plan("e", 2, CPPstartDate=D(2020, 6, 5)),  # row 8 FAIL: e has an enquiry, on 1 June
    ]  # fmt: skip
    assert failing(RULE, 2021, cp_plan=plans, section47=enquiries, cin_episode=episodes) == [
        ("cp_plan", "row 2", "a"),
        ("cp_plan", "row 3", "b"),
        ("cp_plan", "row 6", "d"),
        ("cp_plan", "row 8", "e"),
    ]


def test_only_plans_starting_in_the_census_year_are_checked():
    plans = [
        cp_plan("a", CPPstartDate=D(2021, 3, 31)),  # PASS here: 2020-21, the year before
        cp_plan("b", CPPstartDate=D(2021, 4, 1)),  # FAIL: the first day of 2021-22
        cp_plan("c", CPPstartDate=D(2022, 3, 31)),  # FAIL: its last day
    ]
    assert failing(RULE, 2022, cp_plan=plans, section47=[], cin_episode=[]) == [
        ("cp_plan", "row 2", "b"),
        ("cp_plan", "row 3", "c"),
    ]


def test_a_plan_of_a_child_without_an_id_is_left_to_8500():
    plans = [cp_plan(None, CPPstartDate=D(2021, 6, 1))]  # its conference cannot be linked
    enquiries = [section47(None, DateOfInitialCPC=D(2021, 6, 1), ICPCnotRequired=False)]
    assert failing(RULE, 2022, cp_plan=plans, section47=enquiries, cin_episode=[]) == []

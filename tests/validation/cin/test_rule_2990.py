"""2990: nothing after the assessment on an episode closed after assessment."""

from safeboard.validation.rules.cin.rule_2990 import logic
from tests.validation.cin.dfe_low_rows import D, cin_plan, cp_plan, episode, failing, section47

RULE = logic.rule

EPISODES = [
    episode("a", ReasonForClosure="RC8"),  # row 1 FAIL: has a section 47
    episode("b", ReasonForClosure="RC8"),  # row 2 FAIL: has a child protection plan
    episode("c", ReasonForClosure="RC8", DateOfInitialCPC=D(2022, 5, 1)),  # row 3 FAIL: a conference
    episode("d", ReasonForClosure="RC9"),  # row 4 FAIL from 2022-23: has a CIN plan
    episode("e", ReasonForClosure="RC8"),  # row 5 PASS: nothing beyond the assessment
    episode("f", ReasonForClosure="RC7"),  # row 6 PASS: another reason
    episode("a", 2, ReasonForClosure="RC8"),  # row 7 PASS: a's enquiry is on episode 1
]  # fmt: skip
TABLES = {
    "section47": [section47("a"), section47("f")],
    "cp_plan": [cp_plan("b"), cp_plan("f")],
    "cin_plan": [cin_plan("d", CINPlanStartDate=D(2022, 6, 1))],
}


def test_activity_on_a_case_closed_after_assessment_fails():
    assert failing(RULE, 2023, cin_episode=EPISODES, **TABLES) == [
        ("cin_episode", "row 1", "a"),
        ("cin_episode", "row 2", "b"),
        ("cin_episode", "row 3", "c"),
        ("cin_episode", "row 4", "d"),
    ]


def test_rc9_counts_only_from_2022_23():
    # RC9 is not a code before 2022-23 (the code list rule reports it), so it is not
    # "closed after assessment" here.
    assert ("cin_episode", "row 4", "d") not in failing(RULE, 2022, cin_episode=EPISODES, **TABLES)

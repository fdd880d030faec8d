"""8831: activity on a referral with no further action."""

from safeboard.validation.rules.cin.rule_8831 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, episode, failing, findings, section47

RULE = logic.rule


def test_activity_on_an_nfa_referral_fails_once_per_episode():
    episodes = [
        episode("a", 1, ReferralNFA=True),  # row 1 PASS: nothing recorded
        episode("b", 1, ReferralNFA=True),  # row 2 FAIL: an assessment
        episode("c", 1, ReferralNFA=True),  # row 3 FAIL: an enquiry and a conference
        episode("d", 1, ReferralNFA=True, DateOfInitialCPC=D(2022, 6, 1)),  # row 4 FAIL: its own conference date
        episode("e", 1, ReferralNFA=False),  # row 5 PASS: further action, activity expected
        episode("f", 1, ReferralNFA=True),  # row 6 PASS: the activity is on episode 2
        episode("f", 2, ReferralNFA=False),  # row 7 PASS
    ]  # fmt: skip
    assessments = [
        assessment("b", AssessmentActualStartDate=D(2022, 5, 1)),
        assessment("b", 2, AssessmentAuthorisationDate=D(2022, 6, 1)),
        assessment("e", AssessmentActualStartDate=D(2022, 5, 1)),
        assessment("f", episode=2, AssessmentActualStartDate=D(2022, 5, 1)),
    ]
    enquiries = [
        section47("c", S47ActualStartDate=D(2022, 5, 1), DateOfInitialCPC=D(2022, 5, 20)),
        section47("e", S47ActualStartDate=D(2022, 5, 1)),
    ]
    tables = {"cin_episode": episodes, "assessment": assessments, "section47": enquiries}
    assert failing(RULE, 2023, **tables) == [("row 2", "b"), ("row 3", "c"), ("row 4", "d")]
    assert [f.value for f in findings(RULE, 2023, **tables)] == [
        "assessment",
        "section 47 enquiry, initial conference",
        "initial conference",
    ]

"""1103: an assessment starts on or after its episode's referral date."""

from safeboard.validation.rules.cin.rule_1103 import logic
from tests.validation.cin.dfe_low_rows import D, assessment, episode, failing, findings

RULE = logic.rule

EPISODES = [
    episode("a", 1, CINreferralDate=D(2022, 6, 1)),
    episode("a", 2, CINreferralDate=D(2022, 10, 1)),
    episode("b", 1, CINreferralDate=D(2022, 6, 1)),
]


def test_assessments_before_their_own_referral_fail():
    rows = [
        assessment("a", 1, 1, AssessmentActualStartDate=D(2022, 6, 1)),  # row 1 PASS: same day
        assessment("a", 1, 2, AssessmentActualStartDate=D(2022, 9, 30)),  # row 2 FAIL: before episode 2's referral...
        assessment("a", 2, 1, AssessmentActualStartDate=D(2022, 9, 30)),  # row 3 PASS: ...though after episode 1's
        assessment("b", 1, 1, AssessmentActualStartDate=D(2022, 5, 31)),  # row 4 FAIL: the day before
        assessment("b", 2, 1),  # row 5 PASS here: no start date (a required item)
        assessment("c", 1, 1, AssessmentActualStartDate=D(2000, 1, 1)),  # row 6 PASS here: no episode
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=rows, cin_episode=EPISODES) == [
        ("assessment", "row 2", "a"),
        ("assessment", "row 4", "b"),
    ]
    found = findings(RULE, 2023, assessment=rows, cin_episode=EPISODES)
    assert {(f.value, f.severity.value) for f in found} == {
        ("2022-09-30", "error"),
        ("2022-05-31", "error"),
    }


def test_the_rule_is_the_same_in_every_year():
    rows = [assessment("b", AssessmentActualStartDate=D(2022, 5, 31))]  # FAIL in 2017-18 too
    assert failing(RULE, 2018, assessment=rows, cin_episode=EPISODES) == [
        ("assessment", "row 1", "b")
    ]

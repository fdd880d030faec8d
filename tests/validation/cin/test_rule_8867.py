"""8867: a closed episode with an assessment not completed."""

from safeboard.validation.rules.cin.rule_8867 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, episode, failing

RULE = logic.rule


def test_open_assessments_of_closed_episodes_fail():
    episodes = [
        episode("a", 1, CINclosureDate=D(2022, 9, 1)),
        episode("b", 1),
        episode("c", 1, CINclosureDate=D(2022, 9, 1)),
        episode("c", 2),
    ]
    assessments = [
        assessment("a", 1, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 1 PASS
        assessment("a", 2, AssessmentActualStartDate=D(2022, 7, 1)),  # row 2 FAIL: open, episode closed
        assessment("b", 1, AssessmentActualStartDate=D(2022, 7, 1)),  # row 3 PASS: episode open
        assessment("c", 1, episode=2, AssessmentActualStartDate=D(2022, 10, 1)),  # row 4 PASS: on the open episode
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=assessments, cin_episode=episodes) == [("row 2", "a")]

"""8896: two or more open assessments in one episode."""

from safeboard.validation.rules.cin.rule_8896 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing

RULE = logic.rule


def test_two_open_assessments_in_an_episode_fail():
    rows = [
        assessment("a", 1, AssessmentActualStartDate=D(2022, 5, 1)),  # row 1 FAIL: open...
        assessment("a", 2, AssessmentActualStartDate=D(2022, 6, 1)),  # row 2 FAIL: ...twice
        assessment("b", 1, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 3 PASS
        assessment("b", 2, AssessmentActualStartDate=D(2022, 7, 1)),  # row 4 PASS: the one open
        assessment("c", 1, episode=1, AssessmentActualStartDate=D(2022, 5, 1)),  # row 5 PASS: open in episode 1...
        assessment("c", 1, episode=2, AssessmentActualStartDate=D(2022, 9, 1)),  # row 6 PASS: ...and in 2
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=rows) == [("row 1", "a"), ("row 2", "a")]

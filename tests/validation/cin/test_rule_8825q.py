"""8825Q: closed after assessment (RC8, RC9) but no assessment on the episode."""

from safeboard.validation.rules.cin.rule_8825q import logic
from tests.validation.cin.dfe_high_rows import D, assessment, episode, failing

RULE = logic.rule


def test_rc8_or_rc9_without_an_assessment_is_queried():
    episodes = [
        episode("a", 1, ReasonForClosure="RC8"),  # row 1 PASS: has an assessment
        episode("a", 2, ReasonForClosure="RC8"),  # row 2 QUERY: its assessment is on episode 1
        episode("b", 1, ReasonForClosure="RC9"),  # row 3 QUERY
        episode("c", 1, ReasonForClosure="RC7"),  # row 4 PASS: another reason
        episode("d", 1),  # row 5 PASS: open
    ]
    assessments = [assessment("a", 1, episode=1, AssessmentActualStartDate=D(2022, 5, 1))]
    assert failing(RULE, 2023, cin_episode=episodes, assessment=assessments) == [
        ("row 2", "a"),
        ("row 3", "b"),
    ]

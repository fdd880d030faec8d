"""8873Q: the episode's one assessment found no factors (21) but it did not close as RC8/RC9."""

from safeboard.validation.rules.cin.rule_8873q import logic
from tests.validation.cin.dfe_high_rows import D, assessment, episode, factor, failing

RULE = logic.rule


def test_single_no_factor_assessments_expect_rc8_or_rc9():
    episodes = [
        episode("a", ReasonForClosure="RC8"),  # row 1 PASS
        episode("b", ReasonForClosure="RC9"),  # row 2 PASS
        episode("c", ReasonForClosure="RC7"),  # row 3 QUERY
        episode("d"),  # row 4 QUERY: still open
        episode("e", ReasonForClosure="RC7"),  # row 5 PASS: two assessments
        episode("f", ReasonForClosure="RC7"),  # row 6 PASS: factors found
    ]
    started = {"AssessmentActualStartDate": D(2022, 5, 1)}
    assessments = [
        assessment("a", **started),
        assessment("b", **started),
        assessment("c", **started),
        assessment("d", **started),
        assessment("e", 1, **started),
        assessment("e", 2, **started),
        assessment("f", **started),
    ]
    factors = [
        factor("a", "21"),
        factor("b", "21"),
        factor("c", "21"),
        factor("d", "21"),
        factor("e", "21", assessment=1),
        factor("f", "3B"),
    ]
    tables = {"cin_episode": episodes, "assessment": assessments, "assessment_factor": factors}
    assert failing(RULE, 2023, **tables) == [("row 3", "c"), ("row 4", "d")]

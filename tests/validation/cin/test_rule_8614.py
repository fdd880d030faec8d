"""8614: factors recorded on an assessment that is not completed."""

from safeboard.validation.rules.cin.rule_8614 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, factor, failing, findings

RULE = logic.rule


def test_factors_on_an_unauthorised_assessment_fail():
    assessments = [
        assessment("a", AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 1 PASS: completed, with factors
        assessment("b", AssessmentActualStartDate=D(2022, 5, 1)),  # row 2 FAIL: open, with two factors
        assessment("c", AssessmentActualStartDate=D(2022, 5, 1)),  # row 3 PASS: open, no factors
        assessment("b", 2, AssessmentActualStartDate=D(2022, 7, 1), AssessmentAuthorisationDate=D(2022, 8, 1)),  # row 4 PASS
    ]  # fmt: skip
    factors = [factor("a", "1A"), factor("b", "3B"), factor("b", "21"), factor("b", "4A", 2)]
    assert failing(RULE, 2023, assessment=assessments, assessment_factor=factors) == [
        ("row 2", "b")
    ]
    [finding] = findings(RULE, 2023, assessment=assessments, assessment_factor=factors)
    assert finding.value == "21 3B"  # one finding per assessment, naming its factors

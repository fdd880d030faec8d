"""8608: assessment authorised before it started."""

from safeboard.validation.rules.cin.rule_8608 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing, findings

RULE = logic.rule


def test_authorisation_before_start_fails():
    rows = [
        assessment("a", AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 1 PASS
        assessment("b", AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 5, 1)),  # row 2 PASS: same day
        assessment("c", AssessmentActualStartDate=D(2022, 5, 2), AssessmentAuthorisationDate=D(2022, 5, 1)),  # row 3 FAIL: a day early
        assessment("d", AssessmentActualStartDate=D(2022, 5, 2)),  # row 4 PASS: not yet authorised
        assessment("e", AssessmentAuthorisationDate=D(2022, 5, 1)),  # row 5 PASS here: no start (other rules)
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=rows) == [("row 3", "c")]
    [finding] = findings(RULE, 2023, assessment=rows)
    assert finding.value == "2022-05-02 > 2022-05-01"

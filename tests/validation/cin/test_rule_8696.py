"""8696: assessment authorisation date outside the census year."""

from safeboard.validation.rules.cin.rule_8696 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing

RULE = logic.rule


def test_authorisations_outside_the_year_fail():
    rows = [
        assessment("a", AssessmentAuthorisationDate=D(2018, 4, 1)),  # row 1 PASS: first day of 2018-19
        assessment("b", AssessmentAuthorisationDate=D(2019, 3, 31)),  # row 2 PASS: last day
        assessment("c", AssessmentAuthorisationDate=D(2018, 3, 31)),  # row 3 FAIL: the year before
        assessment("d", AssessmentAuthorisationDate=D(2019, 4, 1)),  # row 4 FAIL: the year after
        assessment("e", AssessmentActualStartDate=D(2018, 5, 1)),  # row 5 PASS: not completed
    ]  # fmt: skip
    assert failing(RULE, 2019, assessment=rows) == [("row 3", "c"), ("row 4", "d")]

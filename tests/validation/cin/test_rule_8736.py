"""8736: an open assessment started outside the census year."""

from safeboard.validation.rules.cin.rule_8736 import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing

RULE = logic.rule


def test_open_assessments_started_outside_the_year_fail():
    rows = [
        assessment("a", AssessmentActualStartDate=D(2020, 4, 1)),  # row 1 PASS: first day of 2020-21
        assessment("b", AssessmentActualStartDate=D(2021, 3, 31)),  # row 2 PASS: last day
        assessment("c", AssessmentActualStartDate=D(2020, 3, 31)),  # row 3 FAIL: open since last year
        assessment("d", AssessmentActualStartDate=D(2021, 4, 1)),  # row 4 FAIL: starts next year
        assessment("e", AssessmentActualStartDate=D(2020, 3, 1), AssessmentAuthorisationDate=D(2020, 4, 20)),  # row 5 PASS: completed
        assessment("f"),  # row 6 FAIL: open with no start date at all
    ]  # fmt: skip
    assert failing(RULE, 2021, assessment=rows) == [("row 3", "c"), ("row 4", "d"), ("row 6", "f")]

"""8863Q: an assessment starting while another in the episode is ongoing."""

from safeboard.validation.rules.cin.rule_8863q import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing

RULE = logic.rule


def test_assessments_starting_inside_another_are_queried():
    rows = [
        assessment("a", 1, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 1 PASS
        assessment("a", 2, AssessmentActualStartDate=D(2022, 6, 2)),  # row 2 PASS: after row 1 ended
        assessment("b", 1, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 3 PASS: the earlier one
        assessment("b", 2, AssessmentActualStartDate=D(2022, 6, 1)),  # row 4 QUERY: on row 3's end ("on or between")
        assessment("c", 1, AssessmentActualStartDate=D(2022, 5, 1)),  # row 5 PASS: open, the earlier...
        assessment("c", 2, AssessmentActualStartDate=D(2023, 3, 31), AssessmentAuthorisationDate=D(2023, 3, 31)),  # row 6 QUERY: ...until the ReferenceDate
        assessment("d", 1, episode=1, AssessmentActualStartDate=D(2022, 5, 1)),  # row 7 PASS: another episode...
        assessment("d", 1, episode=2, AssessmentActualStartDate=D(2022, 6, 1)),  # row 8 PASS: ...is not compared
        assessment("e", 1, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 9 QUERY: entered...
        assessment("e", 2, AssessmentActualStartDate=D(2022, 5, 1), AssessmentAuthorisationDate=D(2022, 6, 1)),  # row 10 QUERY: ...twice
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=rows) == [
        ("row 4", "b"),
        ("row 6", "c"),
        ("row 9", "e"),
        ("row 10", "e"),
    ]

"""8670Q: assessment open and started more than 45 working days before 31 March."""

from safeboard.validation.rules.cin.rule_8670q import logic
from tests.validation.cin.dfe_high_rows import D, assessment, failing, findings

RULE = logic.rule


def test_long_open_assessments_are_queried():
    # 2022-23: 31 March 2023 is a Friday, and no bank holiday falls from late January to
    # then, so its 45th working day before is Friday 27 January 2023 (9 whole weeks back).
    rows = [
        assessment("a", AssessmentActualStartDate=D(2023, 1, 27)),  # row 1 PASS: the 45th working day
        assessment("b", AssessmentActualStartDate=D(2023, 1, 26)),  # row 2 QUERY: the 46th
        assessment("c", AssessmentActualStartDate=D(2023, 1, 26), AssessmentAuthorisationDate=D(2023, 3, 1)),  # row 3 PASS: completed
        assessment("d", AssessmentActualStartDate=D(2022, 4, 2)),  # row 4 QUERY: open all year
        assessment("e"),  # row 5 PASS here: no start date (other rules)
    ]  # fmt: skip
    assert failing(RULE, 2023, assessment=rows) == [("row 2", "b"), ("row 4", "d")]
    assert {f.severity.value for f in findings(RULE, 2023, assessment=rows)} == {"warning"}


def test_bank_holidays_are_not_working_days():
    # 2017-18: 31 March 2018 is a Saturday and Good Friday, 30 March, a bank holiday; the
    # 45th working day before is Friday 26 January 2018.
    rows = [
        assessment("a", AssessmentActualStartDate=D(2018, 1, 26)),  # row 1 PASS
        assessment("b", AssessmentActualStartDate=D(2018, 1, 25)),  # row 2 QUERY
    ]
    assert failing(RULE, 2018, assessment=rows) == [("row 2", "b")]

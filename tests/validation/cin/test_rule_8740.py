"""8740: a section 47 awaiting its conference started outside the census year."""

from safeboard.validation.rules.cin.rule_8740 import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_awaiting_enquiries_started_outside_the_year_fail():
    rows = [
        section47("a", S47ActualStartDate=D(2022, 4, 1), ICPCnotRequired=False),  # row 1 PASS: first day
        section47("b", S47ActualStartDate=D(2022, 3, 31), ICPCnotRequired=False),  # row 2 FAIL: a day early
        section47("c", S47ActualStartDate=D(2023, 4, 1), ICPCnotRequired=False),  # row 3 FAIL: a day late
        section47("d", S47ActualStartDate=D(2022, 3, 31), ICPCnotRequired=True),  # row 4 PASS: no conference needed
        section47("e", S47ActualStartDate=D(2022, 3, 31), DateOfInitialCPC=D(2022, 4, 5), ICPCnotRequired=False),  # row 5 PASS: held
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=rows) == [("row 2", "b"), ("row 3", "c")]

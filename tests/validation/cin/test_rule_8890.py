"""8890: a section 47 enquiry starting while another in the episode is ongoing."""

from safeboard.validation.rules.cin.rule_8890 import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_enquiries_starting_inside_another_fail():
    rows = [
        section47("a", 1, S47ActualStartDate=D(2022, 5, 1), DateOfInitialCPC=D(2022, 5, 20)),  # row 1 PASS
        section47("a", 2, S47ActualStartDate=D(2022, 5, 21)),  # row 2 PASS: after the conference
        section47("b", 1, S47ActualStartDate=D(2022, 5, 1), DateOfInitialCPC=D(2022, 5, 20)),  # row 3 PASS: the earlier
        section47("b", 2, S47ActualStartDate=D(2022, 5, 20)),  # row 4 FAIL: on the conference day
        section47("c", 1, S47ActualStartDate=D(2022, 5, 1), ICPCnotRequired=False),  # row 5 PASS: awaiting...
        section47("c", 2, S47ActualStartDate=D(2022, 9, 1), ICPCnotRequired=True),  # row 6 FAIL: ...so this is inside it
        section47("d", 1, S47ActualStartDate=D(2022, 5, 1), ICPCnotRequired=True),  # row 7 PASS: not required, so over...
        section47("d", 2, S47ActualStartDate=D(2022, 9, 1), ICPCnotRequired=False),  # row 8 PASS: ...before this one
        section47("e", 1, episode=1, S47ActualStartDate=D(2022, 5, 1)),  # row 9 PASS: other episodes...
        section47("e", 1, episode=2, S47ActualStartDate=D(2022, 6, 1)),  # row 10 PASS: ...are not compared
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=rows) == [("row 4", "b"), ("row 6", "c")]

"""8615: section 47 start missing or after the initial conference."""

from safeboard.validation.rules.cin.rule_8615 import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_enquiry_starting_after_its_conference_fails():
    rows = [
        section47("a", S47ActualStartDate=D(2022, 5, 1), DateOfInitialCPC=D(2022, 5, 20)),  # row 1 PASS
        section47("b", S47ActualStartDate=D(2022, 5, 20), DateOfInitialCPC=D(2022, 5, 20)),  # row 2 PASS: same day
        section47("c", S47ActualStartDate=D(2022, 5, 21), DateOfInitialCPC=D(2022, 5, 20)),  # row 3 FAIL: a day late
        section47("d", DateOfInitialCPC=D(2022, 5, 20)),  # row 4 FAIL: conference, no start
        section47("e", S47ActualStartDate=D(2022, 5, 21)),  # row 5 PASS: no conference yet
        section47("f"),  # row 6 PASS here: nothing to compare
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=rows) == [("row 3", "c"), ("row 4", "d")]

"""8715: initial conference date of a section 47 enquiry outside the census year."""

from safeboard.validation.rules.cin.rule_8715 import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_conferences_outside_the_year_fail():
    rows = [
        section47("a", DateOfInitialCPC=D(2024, 4, 1)),  # row 1 PASS: first day of 2024-25
        section47("b", DateOfInitialCPC=D(2025, 3, 31)),  # row 2 PASS: the ReferenceDate
        section47("c", DateOfInitialCPC=D(2024, 3, 31)),  # row 3 FAIL: a day early
        section47("d", DateOfInitialCPC=D(2025, 4, 1)),  # row 4 FAIL: a day late
        section47("e", S47ActualStartDate=D(2020, 1, 1)),  # row 5 PASS: no conference
    ]
    assert failing(RULE, 2025, section47=rows) == [("row 3", "c"), ("row 4", "d")]

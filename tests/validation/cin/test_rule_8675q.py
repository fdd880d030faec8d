"""8675Q: section 47 without its conference, started more than 15 working days before 31 March."""

from safeboard.validation.rules.cin.rule_8675q import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_enquiries_awaiting_a_conference_too_long_are_queried():
    # 2022-23: 31 March 2023 is a Friday; the 15th working day before it is Friday 10 March.
    rows = [
        section47("a", S47ActualStartDate=D(2023, 3, 10), ICPCnotRequired=False),  # row 1 PASS: the 15th working day
        section47("b", S47ActualStartDate=D(2023, 3, 9), ICPCnotRequired=False),  # row 2 QUERY: the 16th
        section47("c", S47ActualStartDate=D(2023, 3, 9), ICPCnotRequired=True),  # row 3 PASS: no conference needed
        section47("d", S47ActualStartDate=D(2023, 3, 9), DateOfInitialCPC=D(2023, 3, 30), ICPCnotRequired=False),  # row 4 PASS: held
        section47("e", S47ActualStartDate=D(2023, 3, 9)),  # row 5 PASS here: flag missing (required, reported on import)
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=rows) == [("row 2", "b")]


def test_good_friday_counts_as_a_holiday():
    # 2023-24: 31 March 2024 is a Sunday and 29 March Good Friday; the 15th working day before
    # is Friday 8 March 2024.
    rows = [
        section47("a", S47ActualStartDate=D(2024, 3, 8), ICPCnotRequired=False),  # row 1 PASS
        section47("b", S47ActualStartDate=D(2024, 3, 7), ICPCnotRequired=False),  # row 2 QUERY
    ]
    assert failing(RULE, 2024, section47=rows) == [("row 2", "b")]

"""8839: two or more open section 47 enquiries in one episode."""

from safeboard.validation.rules.cin.rule_8839 import logic
from tests.validation.cin.dfe_high_rows import D, failing, section47

RULE = logic.rule


def test_two_open_enquiries_in_an_episode_fail():
    rows = [
        section47("a", 1, S47ActualStartDate=D(2022, 5, 1), ICPCnotRequired=False),  # row 1 FAIL: open...
        section47("a", 2, S47ActualStartDate=D(2022, 6, 1), ICPCnotRequired=False),  # row 2 FAIL: ...twice
        section47("b", 1, S47ActualStartDate=D(2022, 5, 1), DateOfInitialCPC=D(2022, 5, 9), ICPCnotRequired=False),  # row 3 PASS: held
        section47("b", 2, S47ActualStartDate=D(2022, 6, 1), ICPCnotRequired=True),  # row 4 PASS: not required
        section47("b", 3, S47ActualStartDate=D(2022, 7, 1), ICPCnotRequired=False),  # row 5 PASS: the one open
        section47("c", 1, episode=1, S47ActualStartDate=D(2022, 5, 1), ICPCnotRequired=False),  # row 6 PASS: open in episode 1...
        section47("c", 1, episode=2, S47ActualStartDate=D(2022, 9, 1), ICPCnotRequired=False),  # row 7 PASS: ...and in episode 2
        section47("d", 1, S47ActualStartDate=D(2022, 5, 1)),  # row 8 FAIL: flag missing counts as open
        section47("d", 2, S47ActualStartDate=D(2022, 6, 1), ICPCnotRequired=False),  # row 9 FAIL
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=rows) == [
        ("row 1", "a"),
        ("row 2", "a"),
        ("row 8", "d"),
        ("row 9", "d"),
    ]

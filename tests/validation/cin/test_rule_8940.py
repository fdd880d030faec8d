"""8940: overlapping child protection plans."""

from safeboard.validation.rules.cin.rule_8940 import logic
from tests.validation.cin.dfe_high_rows import D, cp_plan, failing

RULE = logic.rule


def test_plans_starting_inside_another_fail():
    rows = [
        cp_plan("a", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 8, 1)),  # row 1 PASS
        cp_plan("a", 2, CPPstartDate=D(2022, 8, 2)),  # row 2 PASS: the day after row 1 ended
        cp_plan("b", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 8, 1)),  # row 3 PASS: the earlier
        cp_plan("b", 2, CPPstartDate=D(2022, 8, 1)),  # row 4 FAIL: on row 3's end day
        cp_plan("c", 1, episode=1, CPPstartDate=D(2022, 5, 1)),  # row 5 PASS: open...
        cp_plan("c", 1, episode=2, CPPstartDate=D(2022, 9, 1), CPPendDate=D(2022, 10, 1)),  # row 6 FAIL: ...so inside it, in another episode with the same plan number
        cp_plan("d", 1, CPPstartDate=D(2022, 5, 1)),  # row 7 PASS: open, until the ReferenceDate...
        cp_plan("d", 2, CPPstartDate=D(2023, 4, 1)),  # row 8 PASS: ...not after it (8720's concern)
        cp_plan("e", 1, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 6, 1)),  # row 9 FAIL: entered...
        cp_plan("e", 2, CPPstartDate=D(2022, 5, 1), CPPendDate=D(2022, 6, 1)),  # row 10 FAIL: ...twice
        cp_plan("f", 1),  # row 11 PASS here: no start date (8720)
        cp_plan("f", 2, CPPstartDate=D(2022, 5, 1)),  # row 12 PASS: a plan without dates covers nothing
    ]  # fmt: skip
    assert failing(RULE, 2023, cp_plan=rows) == [
        ("row 4", "b"),
        ("row 6", "c"),
        ("row 9", "e"),
        ("row 10", "e"),
    ]

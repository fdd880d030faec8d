"""576: a missing period open at last year's end is carried into this year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_576 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run

WENT = date(2022, 3, 20)


def test_last_years_open_period_must_reappear():
    findings = run(
        logic,
        2023,
        prev_Missing=[
            missing("a", WENT),  # row 1: open, carried on below
            missing("b", WENT),  # row 2: open, b's first period this year differs
            missing("c", WENT, date(2022, 3, 25)),  # row 3: closed
            missing("d", WENT),  # row 4 FAIL: open, d has no missing period this year
            missing("e", WENT),  # row 5 PASS: open, but e is not in this year's return
        ],
        Episodes=[episode(child, date(2021, 1, 1)) for child in "abcd"],
        Missing=[
            missing("a", WENT, date(2022, 4, 2)),  # row 1 PASS: the same start
            missing("b", date(2022, 4, 1), date(2022, 4, 2)),  # row 2 FAIL: not last year's
            missing("b", date(2022, 6, 1), date(2022, 6, 2)),  # row 3 PASS: not the first
            missing("c", date(2022, 6, 1)),  # row 4 PASS
        ],
    )
    assert rows(findings, "Missing") == [2]
    assert rows(findings, "prev_Missing") == [4]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Missing=[missing("b", date(2022, 4, 1))], Episodes=[]) == []

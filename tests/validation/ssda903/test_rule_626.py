"""626: a mother now, not last year, with a first child born before this year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_626 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_motherhood_cannot_go_back_before_this_year():
    # Collection year 2023 starts on 1 April 2022.
    findings = run(
        logic,
        2023,
        Header=[
            header("a", MOTHER="1", MC_DOB=date(2022, 3, 1)),  # row 1 FAIL: born March 2022
            header("b", MOTHER="1", MC_DOB=date(2022, 4, 1)),  # row 2 PASS: born this year
            header("c", MOTHER="1", MC_DOB=date(2021, 1, 1)),  # row 3 PASS: a mother last year too
            header(
                "d", MOTHER="1", MC_DOB=date(2021, 1, 1)
            ),  # row 4 PASS: not in last year's return
        ],
        prev_Header=[
            header("a", MOTHER="0"),
            header("b", MOTHER="0"),
            header("c", MOTHER="1", MC_DOB=date(2021, 1, 1)),
        ],
    )
    assert rows(findings) == [1]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Header=[header("a", MOTHER="1", MC_DOB=date(2022, 3, 1))]) == []

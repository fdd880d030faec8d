"""624: the first child's birth date differs from last year's (a previous-year rule)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_624 import logic
from tests.validation.ssda903._dfe_high import header, rows, run

BORN = date(2021, 6, 1)


def test_the_first_childs_birth_date_matches_last_years():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", MOTHER="1", MC_DOB=BORN),  # row 1 PASS: same as last year
            header("b", MOTHER="1", MC_DOB=date(2021, 7, 1)),  # row 2 FAIL: a month later
            header("c", MOTHER="1"),  # row 3 FAIL: given last year, blank now
            header("d", MOTHER="1", MC_DOB=BORN),  # row 4 PASS: blank last year
            header("e", MOTHER="1", MC_DOB=BORN),  # row 5 PASS: not in last year's return
        ],
        prev_Header=[
            header("a", MOTHER="1", MC_DOB=BORN),
            header("b", MOTHER="1", MC_DOB=BORN),
            header("c", MOTHER="1", MC_DOB=BORN),
            header("d", MOTHER="0"),
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"Header"}


def test_without_last_years_return_the_rule_does_not_run():
    findings = run(logic, 2023, Header=[header("b", MOTHER="1", MC_DOB=BORN)])
    assert findings == []

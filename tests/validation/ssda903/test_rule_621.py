"""621: the first child born before the mother."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_621 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_the_first_child_is_born_after_the_mother():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2005, 5, 1), MC_DOB=date(2021, 6, 1)),  # row 1 PASS
            header("b", dob=date(2005, 5, 1), MC_DOB=date(2004, 6, 1)),  # row 2 FAIL: before her
            header("c", dob=date(2005, 5, 1), MC_DOB=date(2005, 5, 1)),  # row 3 FAIL: same month
            header("d", dob=date(2005, 5, 1)),  # row 4 PASS: no first child
        ],
    )
    assert rows(findings) == [2, 3]

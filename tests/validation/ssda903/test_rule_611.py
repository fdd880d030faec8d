"""611: a mother without her first child's date of birth."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_611 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_a_mother_needs_her_first_childs_birth_date():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", MOTHER="1", MC_DOB=date(2021, 6, 1)),  # row 1 PASS
            header("b", MOTHER="1"),  # row 2 FAIL: a mother, no date
            header("c", MOTHER="0"),  # row 3 PASS: not a mother
            header("d"),  # row 4 PASS: not recorded (607's concern)
        ],
    )
    assert rows(findings) == [2]

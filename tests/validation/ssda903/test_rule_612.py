"""612: a first child's birth date but not a mother."""

from datetime import date

import pytest

from safeboard.validation.rules.ssda903.rule_612 import logic
from tests.validation.ssda903._dfe_high import header, rows, run

BORN = date(2021, 6, 1)


@pytest.mark.parametrize(
    ("year", "girl", "boy"), [(2018, "2", "1"), (2024, "2", "1"), (2026, "F", "M")]
)
def test_a_first_childs_birth_date_means_a_mother(year, girl, boy):
    findings = run(
        logic,
        year,
        Header=[
            header("a", sex=girl, MOTHER="1", MC_DOB=BORN),  # row 1 PASS
            header("b", sex=girl, MOTHER="0", MC_DOB=BORN),  # row 2 FAIL: not a mother
            header("c", sex=girl, MC_DOB=BORN),  # row 3 FAIL: mother item blank
            header("d", sex=girl, MOTHER="0"),  # row 4 PASS: no date
            header("e", sex=boy, MOTHER="0", MC_DOB=BORN),  # row 5 PASS: not a girl (other rules)
        ],
    )
    assert rows(findings) == [2, 3]


def test_the_old_female_code_is_not_female_from_2024_25():
    # In 2025 SEX '2' is no longer a code (SB-CODE reports it), so 612 does not read it.
    findings = run(logic, 2025, Header=[header("a", sex="2", MOTHER="0", MC_DOB=BORN)])
    assert findings == []

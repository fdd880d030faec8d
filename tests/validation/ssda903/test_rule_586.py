"""586: a missing period cannot start on or before the child's birth."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_586 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run

BORN = date(2022, 6, 1)  # born in June 2022


def test_a_start_before_the_birth_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 5, 31), dob=BORN),  # row 1 FAIL: before the birth month
            missing("b", date(2022, 6, 1), dob=BORN),  # row 2 FAIL: on or before the birth
            missing("c", date(2022, 6, 2), dob=BORN),  # row 3 PASS: maybe after a 1 June birth
            missing("d", date(2022, 8, 1), dob=BORN),  # row 4 PASS
        ],
    )
    assert rows(findings) == [1, 2]

"""174: a mother's child's birth date for a boy."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_174 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_to_2023_24_boys_are_1():
    findings = run(
        logic,
        2024,
        Header=[
            header("a", sex="2", MC_DOB=date(2023, 1, 1)),  # row 1 PASS: a girl
            header("b", sex="1", MC_DOB=date(2023, 1, 1)),  # row 2 FAIL: a boy
            header("c", sex="1", MC_DOB=None),  # row 3 PASS: none recorded
        ],
    )
    assert rows(findings) == [2]
    assert "gender" in findings[0].message


def test_from_2024_25_boys_are_m():
    findings = run(
        logic,
        2025,
        Header=[
            header("a", sex="M", MC_DOB=date(2024, 6, 1)),  # row 1 FAIL
            header("b", sex="U", MC_DOB=date(2024, 6, 1)),  # row 2 PASS: not recorded as male
        ],
    )
    assert rows(findings) == [1]
    assert "sex shows" in findings[0].message

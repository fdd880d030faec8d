"""202: sex differs from last year's return."""

from safeboard.validation.rules.ssda903.rule_202 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_sex_compared_with_last_year():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", sex="1"),  # row 1 PASS: the same
            header("b", sex="2"),  # row 2 FAIL: was 1
            header("c", sex="1"),  # row 3 PASS: not in last year's return
        ],
        prev_Header=[header("a", sex="1"), header("b", sex="1")],
    )
    assert rows(findings) == [2]


def test_the_change_of_codes_in_2024_25_is_not_a_change_of_sex():
    findings = run(
        logic,
        2025,
        Header=[
            header("a", sex="M"),  # row 1 PASS: 1 last year, M now
            header("b", sex="F"),  # row 2 FAIL: 1 last year
            header("c", sex="U"),  # row 3 FAIL: 2 last year, unknown now
        ],
        prev_Header=[header("a", sex="1"), header("b", sex="1"), header("c", sex="2")],
    )
    assert rows(findings) == [2, 3]


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Header=[header("a")]) == []

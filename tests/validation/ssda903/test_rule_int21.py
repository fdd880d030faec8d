"""INT21: the sex in UASC differs from the Header's."""

from safeboard.validation.rules.ssda903.rule_int21 import logic
from tests.validation.ssda903._dfe_high import header, rows, run


def test_the_sex_agrees_with_the_header():
    findings = run(
        logic,
        2023,
        Header=[header("a", sex="1"), header("b", sex="1"), header("c", sex=None)],
        UASC=[
            {"child": "a", "SEX": "1"},  # row 1 PASS
            {"child": "b", "SEX": "2"},  # row 2 FAIL
            {"child": "b", "SEX": None},  # row 3 PASS: not given here
            {"child": "c", "SEX": "2"},  # row 4 PASS: not given in the Header
        ],
    )
    assert rows(findings) == [2]

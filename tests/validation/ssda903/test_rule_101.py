"""101: the child's sex is not a valid code of the year."""

from safeboard.validation.rules.ssda903.rule_101 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_to_2023_24_the_codes_are_1_and_2():
    findings = run(
        logic,
        2024,
        Header=[
            header("a", sex="1"),  # row 1 PASS: male
            header("b", sex="2"),  # row 2 PASS: female
            header("c", sex="M"),  # row 3 FAIL: M is a code only from 2024-25
            header("d", sex=None),  # row 4 FAIL: blank
            header("e", sex="0"),  # row 5 FAIL: 0 is a CIN census code, not an SSDA903 one
        ],
    )
    assert rows(findings) == [3, 4, 5]
    assert {f.message for f in findings} == {"Gender code is not valid."}
    assert findings[0].severity.value == "error"


def test_from_2024_25_the_codes_are_m_f_u():
    findings = run(
        logic,
        2025,
        Header=[
            header("a", sex="M"),  # row 1 PASS
            header("b", sex="F"),  # row 2 PASS
            header("c", sex="U"),  # row 3 PASS: unknown is a code (rule 232 queries it)
            header("d", sex="1"),  # row 4 FAIL: the old code
        ],
    )
    assert rows(findings) == [4]
    assert findings[0].message == "The child or young person’s reported sex is not valid."
    assert findings[0].value == "1"


def test_the_2017_18_collection_uses_the_1_2_codes():
    findings = run(logic, 2018, Header=[header("a", sex="2"), header("b", sex="F")])  # PASS, FAIL
    assert rows(findings) == [2]

"""189: SDQ details for a young person 17 or over at the year's start."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_189 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_17_before_1_april():
    findings = run(
        logic,
        2023,
        OC2=[
            {"child": "a", "DOB": date(2005, 3, 1), "SDQ_SCORE": 9},  # row 1 FAIL: 17 in March 2022
            {"child": "b", "DOB": date(2005, 4, 1), "SDQ_SCORE": 9},  # row 2 PASS: 17 on 1 April
            {"child": "c", "DOB": date(2004, 1, 1)},  # row 3 PASS: nothing recorded
        ],
    )
    assert rows(findings) == [1]

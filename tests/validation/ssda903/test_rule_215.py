"""215: care leaver with OC2 items."""

from safeboard.validation.rules.ssda903.rule_215 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_both_rows_fail():
    findings = run(
        logic,
        2023,
        OC3=[
            {"child": "a", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},  # row 1 FAIL
            {"child": "b", "IN_TOUCH": "YES", "ACTIV": "F1", "ACCOM": "B1"},  # row 2 PASS
        ],
        OC2=[
            {"child": "a", "CONVICTED": "0"},  # row 1 FAIL: a is a care leaver
            {"child": "b"},  # row 2 PASS: nothing given
            {"child": "c", "CONVICTED": "0"},  # row 3 PASS: c is not a care leaver
        ],
    )
    assert rows(findings, "OC3") == [1]
    assert rows(findings, "OC2") == [1]

"""187: adoption or care leaver details for a child in the 12-month cohort."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_187 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_ad1_and_oc3_rows_of_the_cohort_fail():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1)),  # a: in care all year
            episode("b", date(2020, 1, 1), date(2022, 9, 1), rec="E11"),  # b: adopted in the year
        ],
        AD1=[
            {"child": "a", "NB_ADOPTR": "2"},  # row 1 FAIL: a is in the cohort
            {"child": "b", "NB_ADOPTR": "2"},  # row 2 PASS: b was adopted
            {"child": "a"},  # row 3 PASS: nothing given
        ],
        OC3=[
            {"child": "a", "IN_TOUCH": "YES"},  # row 1 FAIL: a is in the cohort
            {"child": "b", "IN_TOUCH": None},  # row 2 PASS
        ],
    )
    assert rows(findings, "AD1") == [1]
    assert rows(findings, "OC3") == [1]

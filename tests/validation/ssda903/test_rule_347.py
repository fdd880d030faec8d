"""347: a care leaver under 18 in a foyer (from 2023-24)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_347 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_foyer_from_18():
    # 2024: the year starts on 1 April 2023.
    findings = run(
        logic,
        2024,
        OC3=[
            {"child": "a", "DOB": date(2005, 4, 1), "ACCOM": "T1"},  # row 1 PASS: 18 on 1 April
            {"child": "b", "DOB": date(2005, 5, 1), "ACCOM": "T2"},  # row 2 FAIL: 17 then
            {"child": "c", "DOB": date(2005, 5, 1), "ACCOM": "B1"},  # row 3 PASS: not a foyer
        ],
    )
    assert rows(findings) == [2]
    assert logic.rule.first_year == 2024

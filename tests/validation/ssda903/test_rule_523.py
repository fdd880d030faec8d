"""523: the decision to place for adoption and AD1's DATE_INT are one date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_523 import logic
from tests.validation.ssda903._dfe_mid import adopted, placed, rows, run


def test_the_decision_in_force_must_match_the_adoption_record():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2022, 6, 1)),  # row 1 PASS: the same date
            placed("b", date(2022, 6, 1)),  # row 2 FAIL: AD1 says 2 June
            placed("c", date(2021, 1, 5), date(2021, 6, 1), "RD1"),  # row 3 PASS: reversed earlier
            placed("c", date(2022, 6, 1)),  # row 4 PASS: the decision in force matches
            placed("d", date(2022, 6, 1)),  # row 5 PASS: AD1 has no DATE_INT
        ],
        AD1=[
            adopted("a", DATE_INT=date(2022, 6, 1)),  # row 1 PASS
            adopted("b", DATE_INT=date(2022, 6, 2)),  # row 2 FAIL
            adopted("c", DATE_INT=date(2022, 6, 1)),  # row 3 PASS
            adopted("d"),  # row 4 PASS
        ],
    )
    assert rows(findings, "PlacedAdoption") == [2]
    assert rows(findings, "AD1") == [2]

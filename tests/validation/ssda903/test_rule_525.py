"""525: no adoption details for a child whose decision to place for adoption was reversed."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_525 import logic
from tests.validation.ssda903._dfe_mid import adopted, placed, rows, run


def test_a_reversed_decision_and_an_adoption_are_reported_together():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2022, 6, 1), date(2022, 9, 1), "RD1"),  # row 1 FAIL: reversed
            placed("b", date(2022, 6, 1)),  # row 2 PASS: in force
            placed("c", date(2021, 1, 5), date(2021, 6, 1), "RD1"),  # row 3 PASS: reversed, but...
            placed("c", date(2022, 6, 1)),  # row 4 PASS: ...a later decision led to adoption
            placed("d", date(2022, 6, 1), date(2022, 9, 1), "RD1"),  # row 5 PASS: AD1 all blank
        ],
        AD1=[
            adopted("a", DATE_MATCH=date(2022, 8, 1)),  # row 1 FAIL
            adopted("b", DATE_INT=date(2022, 6, 1)),  # row 2 PASS
            adopted("c", LS_ADOPTR="L0"),  # row 3 PASS
            adopted("d"),  # row 4 PASS
        ],
    )
    assert rows(findings, "PlacedAdoption") == [1]
    assert rows(findings, "AD1") == [1]

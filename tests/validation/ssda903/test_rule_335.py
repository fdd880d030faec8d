"""335: FOSTER_CARE against the adoptive placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_335 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def adopted(child, place):
    return episode(child, date(2022, 5, 1), date(2023, 1, 1), place=place, rec="E11")


def test_foster_carers_and_placement_agree():
    findings = run(
        logic,
        2023,
        Episodes=[
            adopted("a", "A3"),  # row 1 PASS: with foster carers, FOSTER_CARE 1
            adopted("b", "A5"),  # row 2 FAIL: with foster carers, FOSTER_CARE 0
            adopted("c", "A6"),  # row 3 FAIL: other adopters, FOSTER_CARE 1
            adopted("d", "A4"),  # row 4 PASS: other adopters, FOSTER_CARE 0
        ],
        AD1=[
            {"child": "a", "FOSTER_CARE": "1"},
            {"child": "b", "FOSTER_CARE": "0"},
            {"child": "c", "FOSTER_CARE": "1"},
            {"child": "d", "FOSTER_CARE": "0"},
        ],
    )
    assert rows(findings, "Episodes") == [2, 3]
    assert rows(findings, "AD1") == [2, 3]

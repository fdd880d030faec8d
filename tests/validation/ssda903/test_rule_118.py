"""118: a reversal of the adoption decision before the year or before care began."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_118 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def placed(child, ceased):
    return {"child": child, "DATE_PLACED": date(2021, 1, 1), "DATE_PLACED_CEASED": ceased}


def test_a_reversal_in_the_year_after_care_began_passes():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1)),
            episode("b", date(2022, 2, 1), date(2022, 2, 10), ls="V3", rec="E4A"),  # short break
            episode("b", date(2022, 8, 1)),  # b's first real episode starts 1 August
        ],
        PlacedAdoption=[
            placed("a", date(2022, 4, 1)),  # row 1 PASS: the year's first day
            placed("a", date(2022, 3, 31)),  # row 2 FAIL: before the year
            placed("b", date(2022, 7, 31)),  # row 3 FAIL: before b's first non-short-break episode
            placed("b", date(2022, 8, 1)),  # row 4 PASS: the day care began
            placed("a", None),  # row 5 PASS: no reversal
        ],
    )
    assert rows(findings) == [2, 3]

"""579: decisions to place for adoption must not overlap."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_579 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run


def test_a_decision_made_while_an_earlier_one_stands_is_reported():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2021, 1, 1), date(2022, 5, 1), "RD1"),  # row 1 PASS
            placed("a", date(2022, 5, 1)),  # row 2 PASS: the day the first ceased
            placed("b", date(2021, 1, 1)),  # row 3 PASS: first, still open
            placed("b", date(2022, 5, 1)),  # row 4 FAIL: row 3 never ceased
            placed("c", date(2021, 1, 1), date(2022, 5, 1), "RD1"),  # row 5 PASS
            placed("c", date(2022, 4, 30)),  # row 6 FAIL: before row 5 ceased
        ],
    )
    assert rows(findings) == [4, 6]

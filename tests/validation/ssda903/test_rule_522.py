"""522: a decision to place for adoption cannot cease before it was made."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_522 import logic
from tests.validation.ssda903._dfe_mid import placed, rows, run


def test_ceasing_before_the_decision_is_reported():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", date(2022, 6, 1), date(2022, 6, 1), "RD1"),  # row 1 PASS: same day
            placed("b", date(2022, 6, 1), date(2022, 5, 31), "RD1"),  # row 2 FAIL
            placed("c", date(2022, 6, 1)),  # row 3 PASS: in force
        ],
    )
    assert rows(findings) == [2]

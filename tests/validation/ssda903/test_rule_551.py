"""551: placed for adoption needs a decision that the child should be placed."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_551 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run

START = date(2022, 6, 1)


def test_an_adoption_placement_without_a_decision_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, place="A3"),  # row 1 PASS: a has a decision
            episode("b", START, place="A6"),  # row 2 FAIL: b has none
            episode("c", START, place="A4"),  # row 3 FAIL: c's record has no date
            episode("d", START, place="U4"),  # row 4 PASS: not an adoption placement
        ],
        PlacedAdoption=[placed("a", date(2022, 5, 1)), placed("c", None)],
    )
    assert rows(findings) == [2, 3]

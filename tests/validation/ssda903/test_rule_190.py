"""190: OC2 health items for a child outside the 12-month cohort."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_190 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_health_items_only_for_the_cohort():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2020, 1, 1)), episode("b", date(2022, 9, 1))],
        OC2=[
            {"child": "a", "TEETH_CHECK": "1"},  # row 1 PASS: in the cohort
            {"child": "b", "TEETH_CHECK": "1"},  # row 2 FAIL: came into care in the year
            {"child": "b", "CONVICTED": "0"},  # row 3 PASS: CONVICTED is not one of 190's items
        ],
    )
    assert rows(findings) == [2]

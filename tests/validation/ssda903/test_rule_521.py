"""521: the decision to place for adoption (DATE_INT) on or before the adoption placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_521 import logic
from tests.validation.ssda903._dfe_mid import adopted, episode, rows, run


def test_a_placement_before_the_decision_is_reported_on_both_rows():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 6, 1), place="A4"),  # row 1 PASS: decided that day
            episode("b", date(2022, 6, 1), place="A5"),  # row 2 FAIL: decided later
            episode("c", date(2022, 6, 1), place="U4"),  # row 3 PASS: not an adoption placement
            episode("d", date(2022, 6, 1), place="A3"),  # row 4 PASS: no AD1 row
        ],
        AD1=[
            adopted("a", DATE_INT=date(2022, 6, 1)),  # row 1 PASS
            adopted("b", DATE_INT=date(2022, 6, 2)),  # row 2 FAIL
            adopted("c", DATE_INT=date(2022, 7, 1)),  # row 3 PASS
        ],
    )
    assert rows(findings, "Episodes") == [2]
    assert rows(findings, "AD1") == [2]

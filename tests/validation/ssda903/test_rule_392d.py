"""392d: the same home and placement postcode away from parents."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_392d import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_same_postcode_only_with_parents():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), place="P1", SAME_POSTCODE=True),  # row 1 PASS
            episode("b", date(2022, 5, 1), place="U4", SAME_POSTCODE=True),  # row 2 FAIL
            episode("c", date(2022, 5, 1), place="U4", SAME_POSTCODE=False),  # row 3 PASS
            episode(
                "d", date(2022, 5, 1), place="U4", SAME_POSTCODE=None
            ),  # row 4 PASS: one missing
        ],
    )
    assert rows(findings) == [2]

"""390: adopted from a placement that is not for adoption."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_390 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_adopted_from_a_placement_for_adoption():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2023, 1, 1), place="A6", rec="E11"),  # row 1 PASS
            episode("b", date(2022, 5, 1), date(2023, 1, 1), place="U4", rec="E12"),  # row 2 FAIL
            episode("c", date(2022, 5, 1), date(2023, 1, 1), place="U4", rec="E4A"),  # row 3 PASS
        ],
    )
    assert rows(findings) == [2]

"""378: placed with parents under section 20."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_378 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_p1_not_under_v2():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), place="P1", ls="V2"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), place="P1", ls="C2"),  # row 2 PASS: care order
            episode("c", date(2022, 5, 1), place="U4", ls="V2"),  # row 3 PASS: fostered
        ],
    )
    assert rows(findings) == [1]

"""366: a short break that does not start a period of care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_366 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_short_breaks_start_with_s():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", rne="S"),  # row 1 PASS
            episode("b", date(2022, 5, 1), ls="V3", rne="P"),  # row 2 FAIL
            episode("c", date(2022, 5, 1), ls="V4", rne="P"),  # row 3 PASS: V4 is not checked
        ],
    )
    assert rows(findings) == [2]

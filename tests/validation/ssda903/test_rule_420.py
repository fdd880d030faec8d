"""420: no placement postcode (so no placement authority) on a short-break episode."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_420 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2022, 6, 1)


def test_a_short_break_with_a_placement_postcode_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, ls="V3", PL_POST="CV34"),  # row 1 FAIL
            episode("b", START, ls="V4", PL_POST="B90"),  # row 2 FAIL
            episode("c", START, ls="V3", PL_POST=None),  # row 3 PASS: left blank
            episode("d", START, ls="C2", PL_POST="CV34"),  # row 4 PASS: not a short break
        ],
    )
    assert rows(findings) == [1, 2]

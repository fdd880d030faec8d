"""169: no usable placement postcode for an episode other than a short break."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_169 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_placement_postcode_needed():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), PL_POST="CV34"),  # row 1 PASS
            episode("b", date(2022, 5, 1), PL_POST=None),  # row 2 FAIL: missing or unreadable
            episode("c", date(2022, 5, 1), ls="V3", PL_POST=None),  # row 3 PASS: a short break
            episode("d", date(2022, 5, 1), PL_POST="CV34", HOME_POST=None),  # row 4 PASS
        ],
    )
    assert rows(findings) == [2]

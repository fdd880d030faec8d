"""214: postcode or URN for a short break."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_214 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_short_breaks_have_no_location():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", PL_POST="CV34"),  # row 1 FAIL: postcode
            episode("b", date(2022, 5, 1), ls="V4", URN="SC123456"),  # row 2 FAIL: URN
            episode("c", date(2022, 5, 1), ls="V3"),  # row 3 PASS: neither
            episode("d", date(2022, 5, 1), ls="C2", PL_POST="CV34"),  # row 4 PASS: not a break
        ],
    )
    assert rows(findings) == [1, 2]

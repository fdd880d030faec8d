"""214: postcode or URN for a short break."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_214 import logic
from tests.validation.ssda903._dfe_low import episode, postcodes, rows, run


def test_short_breaks_have_no_location():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", **postcodes(None, "CV34 4RL")),  # row 1 FAIL
            episode("b", date(2022, 5, 1), ls="V4", URN="SC123456"),  # row 2 FAIL: URN
            episode("c", date(2022, 5, 1), ls="V3"),  # row 3 PASS: neither
            episode("d", date(2022, 5, 1), ls="C2", **postcodes(None, "CV34 4RL")),  # row 4 PASS
            episode(
                "e", date(2022, 5, 1), ls="V4", **postcodes(None, "??")
            ),  # row 5 FAIL: unreadable
        ],
    )
    assert rows(findings) == [1, 2, 5]

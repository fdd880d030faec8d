"""398: postcodes for a short break."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_398 import logic
from tests.validation.ssda903._dfe_low import episode, postcodes, rows, run


def test_short_breaks_have_no_postcodes():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ls="V3", **postcodes("CV34 4RL", None)),  # row 1 FAIL
            episode(
                "b", date(2022, 5, 1), ls="V4", **postcodes(None, "CV34")
            ),  # row 2 FAIL: partial
            episode("c", date(2022, 5, 1), ls="V3"),  # row 3 PASS
            episode("d", date(2022, 5, 1), ls="C2", **postcodes("CV34 4RL", None)),  # row 4 PASS
        ],
    )
    assert rows(findings) == [1, 2]

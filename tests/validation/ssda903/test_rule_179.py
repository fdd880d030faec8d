"""179: no usable placement postcode for an episode other than a short break."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_179 import logic
from tests.validation.ssda903._dfe_low import episode, postcodes, rows, run


def test_placement_postcode_needed():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), **postcodes("CV34 4RL", "CV35 1AB")),  # row 1 PASS
            episode("b", date(2022, 5, 1), **postcodes("CV34 4RL", None)),  # row 2 FAIL: none
            episode("c", date(2022, 5, 1), **postcodes("CV34 4RL", "CV35")),  # row 3 FAIL: partial
            episode("d", date(2022, 5, 1), ls="V3", **postcodes(None, None)),  # row 4 PASS: break
            episode("e", date(2022, 5, 1), **postcodes(None, "CV35 1AB")),  # row 5 PASS: home only
        ],
    )
    assert rows(findings) == [2, 3]

"""392a: no distance (a postcode missing or not a full one) for a looked-after child."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_392a import logic
from tests.validation.ssda903._dfe_low import episode, postcodes, rows, run


def ep(child, home, placed, ls="C2"):
    return episode(child, date(2022, 5, 1), ls=ls, **postcodes(home, placed))


def test_both_postcodes_give_the_distance():
    findings = run(
        logic,
        2023,
        Episodes=[
            ep("a", "CV34 4RL", "CV35 1AB"),  # row 1 PASS
            ep("b", None, "CV35 1AB"),  # row 2 FAIL: no home postcode
            ep("c", "CV34 4RL", "CV35"),  # row 3 FAIL: placement not a full postcode
            ep("d", None, None, ls="V4"),  # row 4 PASS: a short break
            ep("e", None, None),  # row 5 PASS: UASC this year
        ],
        UASC=[{"child": "e"}],
    )
    assert rows(findings) == [2, 3]
    assert findings[0].message == "Child is looked after but no distance is recorded."

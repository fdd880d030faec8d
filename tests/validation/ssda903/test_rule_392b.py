"""392b: no postcodes for a looked-after child."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_392b import logic
from tests.validation.ssda903._dfe_low import episode, postcodes, rows, run


def ep(child, home, placed, ls="C2"):
    return episode(child, date(2022, 5, 1), ls=ls, **postcodes(home, placed))


def test_both_postcodes_needed():
    findings = run(
        logic,
        2023,
        Episodes=[
            ep("a", "CV34 4RL", "CV35 1AB"),  # row 1 PASS
            ep("b", None, "CV35 1AB"),  # row 2 FAIL: no home postcode
            ep("c", "CV34 4RL", None),  # row 3 FAIL: no placement postcode
            ep("d", None, None, ls="V3"),  # row 4 PASS: a short break
            ep("e", None, None),  # row 5 PASS: UASC this year
            ep("f", None, None),  # row 6 PASS: UASC last year
            ep("g", "NOT KNOWN", "CV35 1AB"),  # row 7 PASS: given, if invalid (392c's business)
        ],
        UASC=[{"child": "e"}],
        prev_UASC=[{"child": "f"}],
    )
    assert rows(findings) == [2, 3]
    assert findings[0].message == "Child is looked after but no postcodes are recorded."

"""392b: no postcodes for a looked-after child."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_392b import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def ep(child, home, placed, ls="C2"):
    return episode(child, date(2022, 5, 1), ls=ls, HOME_POST=home, PL_POST=placed)


def test_both_postcodes_needed():
    findings = run(
        logic,
        2023,
        Episodes=[
            ep("a", "CV34", "CV35"),  # row 1 PASS
            ep("b", None, "CV35"),  # row 2 FAIL: no home postcode
            ep("c", "CV34", None),  # row 3 FAIL: no placement postcode
            ep("d", None, None, ls="V3"),  # row 4 PASS: a short break
            ep("e", None, None),  # row 5 PASS: UASC this year
            ep("f", None, None),  # row 6 PASS: UASC last year
        ],
        UASC=[{"child": "e"}],
        prev_UASC=[{"child": "f"}],
    )
    assert rows(findings) == [2, 3]
    assert findings[0].message == "Child is looked after but no postcodes are recorded."

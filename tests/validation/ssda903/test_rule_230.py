"""230: English H5 placements from 29 October 2023 need a URN (2023-24 only)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_230 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def h5(child, dec=None, urn=None, post="CV34"):
    rec = "E5" if dec else None
    return episode(child, date(2023, 5, 1), dec, place="H5", rec=rec, URN=urn, PL_POST=post)


def test_h5_urns():
    findings = run(
        logic,
        2024,
        Episodes=[
            h5("a"),  # row 1 FAIL: open, no URN
            h5("b", urn="SC1"),  # row 2 PASS
            h5("c", urn="XXXXXXX"),  # row 3 FAIL: the stand-in is no URN
            h5("d", dec=date(2023, 10, 28)),  # row 4 PASS: ended before registration
            h5("e", dec=date(2023, 10, 29)),  # row 5 FAIL: open on 29 October
            h5("f", post="LL11"),  # row 6 PASS: in Wales
        ],
    )
    assert rows(findings) == [1, 3, 5]

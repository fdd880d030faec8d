"""218: URN missing for a placement registered with Ofsted."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_218 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def ep(child, place, post="CV34", urn=None, dec=None):
    rec = "E4A" if dec else None
    return episode(child, date(2021, 5, 1), dec, place=place, rec=rec, PL_POST=post, URN=urn)


def test_urn_needed_for_registered_english_placements():
    findings = run(
        logic,
        2023,
        Episodes=[
            ep("a", "K2"),  # row 1 FAIL: children's home in England, no URN
            ep("b", "K2", urn="SC123456"),  # row 2 PASS
            ep("c", "K2", post="EH1"),  # row 3 PASS: Edinburgh, not Ofsted's
            ep("d", "K2", post=None),  # row 4 PASS: no postcode, not known to be in England
            ep("e", "P1"),  # row 5 PASS: placed with parents
            ep("f", "K2", dec=date(2022, 3, 31)),  # row 6 PASS: ended before the year
            ep("g", "K2", dec=date(2022, 4, 1)),  # row 7 FAIL: ended on the year's first day
            ep("h", "H5"),  # row 8 PASS in 2022-23: H5 not yet registered
            ep("i", "U4", post="CF10"),  # row 9 PASS: Cardiff
            ep("j", "U4", post="TD15"),  # row 10 FAIL: Berwick-upon-Tweed is in England
        ],
    )
    assert rows(findings) == [1, 7, 10]


def test_h5_needs_a_urn_from_2024_25():
    assert rows(run(logic, 2025, Episodes=[ep("h", "H5")])) == [1]
    assert rows(run(logic, 2024, Episodes=[ep("h", "H5")])) == []  # 230's business that year

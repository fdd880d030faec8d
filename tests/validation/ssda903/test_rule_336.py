"""336: placed for adoption with the foster carers, not from a foster placement."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_336 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_previous_placement_is_fostering():
    d1, d2 = date(2022, 4, 1), date(2022, 8, 1)
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", d1, d2, place="U4", rec="X1"),  # row 1 PASS
            episode("a", d2, place="A5", rne="U"),  # row 2 PASS: from foster care
            episode("b", d1, d2, place="K2", rec="X1"),  # row 3 PASS
            episode("b", d2, place="A3", rne="U"),  # row 4 FAIL: from a children's home
            episode("c", d2, place="A3"),  # row 5 PASS: c's first episode
            episode("e", d1, d2, place="K2", rec="X1"),  # row 6 PASS
            episode("e", d2, place="A4", rne="T"),  # row 7 PASS: other adopters (A4)
        ],
    )
    assert rows(findings) == [4]

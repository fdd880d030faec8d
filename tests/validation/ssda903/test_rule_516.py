"""516: an SGO to former foster carers must end a foster placement (U1 to U6)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_516 import MESSAGE, logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START, END = date(2022, 4, 1), date(2022, 9, 1)


def test_e45_and_e46_end_foster_placements():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, END, place="U1", rec="E45"),  # row 1 PASS
            episode("b", START, END, place="U6", rec="E46"),  # row 2 PASS
            episode("c", START, END, place="K2", rec="E45"),  # row 3 FAIL: a children's home
            episode("d", START, END, place=None, rec="E46"),  # row 4 FAIL: no placement type
            episode("e", START, END, place="K2", rec="E47"),  # row 5 PASS: other carers
        ],
    )
    assert rows(findings) == [3, 4]
    assert {f.message for f in findings} == {MESSAGE}


def test_before_2020_21_the_code_is_e43():
    findings = run(
        logic,
        2020,
        Episodes=[
            episode("a", START, END, place="K2", rec="E43"),  # row 1 FAIL: E43 then meant this
            episode("b", START, END, place="K2", rec="E44"),  # row 2 PASS: other carers
            episode("c", START, END, place="K2", rec="E45"),  # row 3 PASS: not yet a code
        ],
    )
    assert rows(findings) == [1]
    assert "reason episode ceased is E43 the child" in findings[0].message

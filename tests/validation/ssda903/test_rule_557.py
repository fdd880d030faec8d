"""557: leaving care not adopted closes every decision to place for adoption."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_557 import logic
from tests.validation.ssda903._dfe_mid import episode, placed, rows, run

START, END = date(2022, 5, 1), date(2022, 9, 1)


def test_every_decision_must_be_closed_with_a_date_and_a_reason():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, END, place="A4", rec="E4A"),  # row 1 PASS: closed
            episode("b", START, END, place="A4", rec="E4A"),  # row 2 FAIL: b's decision open
            episode("c", START, END, ls="E1", rec="E13"),  # row 3 FAIL: c has no record
            episode("d", START, END, place="A4", rec="E11"),  # row 4 PASS: adopted
            episode("e", START, END, place="A4", rec="X1"),  # row 5 PASS: still in care
            episode("f", START, END, place="U4", rec="E4A"),  # row 6 PASS: no adoption plan
            episode("g", START, END, place="A5", ls="E1", rec="E41"),  # row 7 FAIL: no reason
        ],
        PlacedAdoption=[
            placed("a", date(2022, 4, 1), END, "RD1"),  # row 1 PASS
            placed("b", date(2022, 4, 1)),  # row 2 FAIL: open
            placed("d", date(2022, 4, 1)),  # row 3 PASS: adopted
            placed("e", date(2022, 4, 1)),  # row 4 PASS
            placed("g", date(2022, 4, 1), END),  # row 5 FAIL: a date but no reason
        ],
    )
    assert rows(findings, "Episodes") == [2, 3, 7]
    assert rows(findings, "PlacedAdoption") == [2, 5]


def test_freeing_orders_count_until_2023_24():
    tables = {
        "Episodes": [episode("a", START, END, ls="D1", place="U4", rec="E4A")],  # row 1
        "PlacedAdoption": [placed("a", date(2005, 4, 1))],  # row 1: open
    }
    assert rows(run(logic, 2024, **tables), "Episodes") == [1]  # D1 counts
    assert run(logic, 2025, **tables) == []  # D1 no longer a legal status

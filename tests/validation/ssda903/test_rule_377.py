"""377: a third T3 placement within 12 months."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_377 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def t3(child, start):
    return episode(child, start, start, place="T3", rne="P", rec="X1")


def test_two_holidays_a_year():
    findings = run(
        logic,
        2023,
        Episodes=[
            t3("a", date(2022, 5, 1)),  # row 1 PASS: first
            t3("a", date(2022, 8, 1)),  # row 2 PASS: second
            t3("a", date(2023, 1, 1)),  # row 3 FAIL: third within 12 months
            t3("b", date(2021, 4, 1)),  # row 4 PASS
            t3("b", date(2022, 3, 1)),  # row 5 PASS
            t3("b", date(2022, 4, 2)),  # row 6 PASS: the first is 366 days before it
        ],
    )
    assert rows(findings) == [3]

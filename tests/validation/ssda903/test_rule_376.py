"""376: temporary placement T3 longer than 21 days."""

from datetime import date, timedelta

from safeboard.validation.rules.ssda903.rule_376 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

START = date(2022, 5, 1)


def test_length_of_the_temporary_placement():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, START + timedelta(days=21), place="T3", rec="X1"),
            # row 1 PASS: exactly 21 days
            episode("b", START, START + timedelta(days=22), place="T3", rec="X1"),
            # row 2 FAIL: a day over
            episode("c", date(2023, 1, 1), place="T3"),  # row 3 FAIL: open since January
            episode("d", START, START + timedelta(days=100), place="U4", rec="X1"),
            # row 4 PASS: not T3
        ],
    )
    assert rows(findings) == [2, 3]

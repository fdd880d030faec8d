"""375: temporary placement T1 longer than 42 days."""

from datetime import date, timedelta

from safeboard.validation.rules.ssda903.rule_375 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

START = date(2022, 5, 1)


def test_length_of_the_temporary_placement():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, START + timedelta(days=42), place="T1", rec="X1"),
            # row 1 PASS: exactly 42 days
            episode("b", START, START + timedelta(days=43), place="T1", rec="X1"),
            # row 2 FAIL: a day over
            episode("c", date(2023, 1, 1), place="T1"),  # row 3 FAIL: open since January
            episode("d", START, START + timedelta(days=100), place="U4", rec="X1"),
            # row 4 PASS: not T1
        ],
    )
    assert rows(findings) == [2, 3]

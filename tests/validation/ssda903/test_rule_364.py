"""364: LS J2 spells longer than 21 days."""

from datetime import date, timedelta

from safeboard.validation.rules.ssda903.rule_364 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run

START = date(2022, 5, 1)


def after(days):
    return START + timedelta(days=days)


def test_spells_of_consecutive_episodes():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", START, after(21), ls="J2", rec="X1"),  # row 1 PASS: exactly 21 days
            episode("b", START, after(22), ls="J2", rec="X1"),  # row 2 FAIL: a day over
            # c: two episodes under J2 back to back (a change of placement), 22 days in all
            episode("c", START, after(1), ls="J2", rec="X1"),  # row 3 FAIL
            episode("c", after(1), after(22), ls="J2", rne="P", rec="X1"),  # row 4 FAIL
            # d: two separate short spells with a gap
            episode("d", START, after(1), ls="J2", rec="X1"),  # row 5 PASS
            episode("d", after(100), after(101), ls="J2", rec="X1"),  # row 6 PASS
            episode("e", date(2023, 3, 1), ls="J2"),  # row 7 FAIL: open, runs to 31 March
            episode("f", START, after(200), ls="C2", rec="X1"),  # row 8 PASS: another status
        ],
    )
    assert rows(findings) == [2, 3, 4, 7]

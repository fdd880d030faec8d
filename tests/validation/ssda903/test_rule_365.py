"""365: a single short break longer than 17 days."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_365 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_short_breaks_up_to_17_days():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 5, 18), ls="V3", rec="E4A"),  # row 1 PASS
            episode("b", date(2022, 5, 1), date(2022, 5, 19), ls="V3", rec="E4A"),  # row 2 FAIL
            episode("c", date(2023, 3, 1), ls="V3"),  # row 3 FAIL: open 30 days by 31 March
            episode("d", date(2022, 5, 1), date(2022, 7, 1), ls="V4", rec="E4A"),  # row 4 PASS: V4
        ],
    )
    assert rows(findings) == [2, 3]

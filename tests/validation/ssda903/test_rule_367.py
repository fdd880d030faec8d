"""367: more than 75 days of short breaks in the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_367 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def br(child, start, end=None):
    return episode(child, start, end, ls="V3", rec="E4A" if end else None)


def test_days_of_short_breaks_add_up():
    findings = run(
        logic,
        2023,
        Episodes=[
            # a: 40 + 35 = 75 days: PASS (rows 1, 2)
            br("a", date(2022, 5, 1), date(2022, 6, 10)),
            br("a", date(2022, 8, 1), date(2022, 9, 5)),
            # b: 40 + 36 = 76 days: FAIL (rows 3, 4)
            br("b", date(2022, 5, 1), date(2022, 6, 10)),
            br("b", date(2022, 8, 1), date(2022, 9, 6)),
            # c: 80 days, but 70 of them before the year: 10 counted, PASS (row 5)
            br("c", date(2022, 1, 21), date(2022, 4, 11)),
            # d: open since 1 January 2023, 89 days to 31 March: FAIL (row 6)
            br("d", date(2023, 1, 1)),
        ],
    )
    assert rows(findings) == [3, 4, 6]

"""574: missing or away periods must not overlap."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_574 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_overlapping_and_open_periods_are_reported_on_the_later():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 5, 1), date(2022, 5, 3)),  # row 1 PASS
            missing("a", date(2022, 5, 3), date(2022, 5, 4)),  # row 2 PASS: starts as 1 ended
            missing("b", date(2022, 5, 1)),  # row 3 PASS: open, but first
            missing("b", date(2022, 6, 1), date(2022, 6, 2)),  # row 4 FAIL: row 3 still open
            missing("c", date(2022, 5, 1), date(2022, 7, 1)),  # row 5 PASS: a long period...
            missing("c", date(2022, 5, 10), date(2022, 5, 11)),  # row 6 FAIL: ...holds this one
            missing(
                "c", date(2022, 6, 1), date(2022, 6, 2)
            ),  # row 7 PASS: after row 6, its previous
            missing("d", date(2022, 8, 1), date(2022, 8, 2)),  # row 8 PASS: by date it is...
            missing("d", date(2022, 5, 1), date(2022, 5, 2)),  # row 9 PASS: ...after this one
        ],
    )
    assert rows(findings) == [4, 6]

"""571: a missing period's end date falls within the year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_571 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_an_end_outside_the_year_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 3, 1), date(2022, 4, 1)),  # row 1 PASS: 1 April
            missing("b", date(2022, 3, 1), date(2022, 3, 31)),  # row 2 FAIL: last year
            missing("c", date(2023, 3, 1), date(2023, 3, 31)),  # row 3 PASS: 31 March
            missing("d", date(2023, 3, 1), date(2023, 4, 1)),  # row 4 FAIL: next year
            missing("e", date(2023, 3, 1)),  # row 5 PASS: open
        ],
    )
    assert rows(findings) == [2, 4]

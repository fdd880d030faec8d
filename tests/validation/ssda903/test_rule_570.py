"""570: a missing period cannot start after 31 March."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_570 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_a_start_after_the_year_is_reported():
    findings = run(
        logic,
        2019,
        Missing=[
            missing("a", date(2019, 3, 31)),  # row 1 PASS: the last day of 2018-19
            missing("b", date(2019, 4, 1)),  # row 2 FAIL
        ],
    )
    assert rows(findings) == [2]

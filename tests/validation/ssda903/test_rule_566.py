"""566: an end date needs missing (M) or away (A)."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_566 import logic
from tests.validation.ssda903._dfe_mid import missing, rows, run


def test_an_end_without_the_kind_of_absence_is_reported():
    findings = run(
        logic,
        2023,
        Missing=[
            missing("a", date(2022, 6, 1), date(2022, 6, 2), kind="A"),  # row 1 PASS
            missing("b", date(2022, 6, 1), date(2022, 6, 2), kind=None),  # row 2 FAIL
            missing("c", date(2022, 6, 1), kind=None),  # row 3 PASS: no end (rule 565's)
        ],
    )
    assert rows(findings) == [2]

"""119: the reversal's date and reason go together."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_119 import logic
from tests.validation.ssda903._dfe_low import rows, run


def placed(child, ceased, reason):
    return {
        "child": child,
        "DATE_PLACED": date(2022, 5, 1),
        "DATE_PLACED_CEASED": ceased,
        "REASON_PLACED_CEASED": reason,
    }


def test_date_and_reason_both_or_neither():
    findings = run(
        logic,
        2023,
        PlacedAdoption=[
            placed("a", None, None),  # row 1 PASS: neither
            placed("b", date(2022, 9, 1), "RD1"),  # row 2 PASS: both
            placed("c", date(2022, 9, 1), None),  # row 3 FAIL: date, no reason
            placed("d", None, "RD2"),  # row 4 FAIL: reason, no date
        ],
    )
    assert rows(findings) == [3, 4]

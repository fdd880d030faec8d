"""209: UN1 for a child of school age."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_209 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def test_un1_only_below_school_age():
    # 2023: school age means 4 by 31 August 2021.
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2017, 7, 1), UPN_UNKNOWN="UN1"),  # row 1 FAIL: 4 in July 2021
            header("b", dob=date(2017, 8, 1), UPN_UNKNOWN="UN1"),  # row 2 FAIL: 4 by 31 August
            header("c", dob=date(2017, 9, 1), UPN_UNKNOWN="UN1"),  # row 3 PASS: 4 in September
            header("d", dob=date(2010, 1, 1), UPN_UNKNOWN="UN2"),  # row 4 PASS: another code
            header("e", dob=date(2010, 1, 1)),  # row 5 PASS: a UPN (or none) given
        ],
    )
    assert rows(findings) == [1, 2]

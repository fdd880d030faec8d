"""580: missing when care ended at 18 means the reason is E8."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_580 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run

BORN = date(2004, 6, 1)  # 18 in June 2022


def test_missing_at_the_18th_birthday_needs_e8():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 6, 14), rec="E8"),  # row 1 PASS: E8
            episode("b", date(2021, 1, 1), date(2022, 6, 14), rec="E5"),  # row 2 FAIL
            episode("c", date(2021, 1, 1), date(2022, 7, 1), rec="E5"),  # row 3 PASS: not June
            episode("d", date(2021, 1, 1), date(2022, 6, 14), rec="E5"),  # row 4 PASS: see below
        ],
        Missing=[
            missing("a", date(2022, 6, 1), date(2022, 6, 14), dob=BORN),
            missing("b", date(2022, 6, 1), date(2022, 6, 14), dob=BORN),  # ended with care
            missing("c", date(2022, 6, 1), date(2022, 7, 1), dob=BORN),  # July: past the birthday
            missing("d", date(2022, 6, 1), date(2022, 6, 10), dob=BORN),  # ended before care did
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "E5"

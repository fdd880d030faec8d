"""304: UASC ceased after the 18th birthday."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_304 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_duc_by_the_18th_birthday():
    findings = run(
        logic,
        2023,
        UASC=[
            # born in May 2005: the 18th birthday is in May 2023, at the latest 31 May
            {"child": "a", "DOB": date(2005, 5, 1), "DUC": date(2023, 5, 15)},  # row 1 PASS
            {"child": "b", "DOB": date(2005, 5, 1), "DUC": date(2023, 5, 31)},  # row 2 PASS
            {"child": "c", "DOB": date(2005, 5, 1), "DUC": date(2023, 6, 1)},  # row 3 FAIL
            {"child": "d", "DOB": date(2005, 5, 1), "DUC": None},  # row 4 PASS
        ],
    )
    assert rows(findings) == [3]

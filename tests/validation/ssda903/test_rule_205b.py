"""205B: UASC both years, this year's DUC outside the year and unlike last year's."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_205b import logic
from tests.validation.ssda903._dfe_low import rows, run


def uasc(child, duc):
    return {"child": child, "DOB": date(2005, 1, 1), "DUC": duc}


def test_this_years_duc_follows_on():
    findings = run(
        logic,
        2023,
        UASC=[
            uasc("a", date(2023, 1, 1)),  # row 1 PASS: within the year
            uasc("b", date(2024, 1, 1)),  # row 2 PASS: the same as last year's
            uasc("c", date(2024, 1, 1)),  # row 3 FAIL: after the year, last year said otherwise
            uasc("d", None),  # row 4 PASS: not ceased
            uasc("e", date(2021, 1, 1)),  # row 5 PASS: not UASC last year (205D's business)
        ],
        prev_UASC=[uasc("a", None), uasc("b", date(2024, 1, 1)), uasc("c", None), uasc("d", None)],
    )
    assert rows(findings) == [3]

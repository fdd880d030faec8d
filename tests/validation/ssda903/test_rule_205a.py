"""205A: UASC last year, not now, and last year's DUC not in last year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_205a import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def uasc(child, duc):
    return {"child": child, "DOB": date(2005, 1, 1), "DUC": duc}


def test_status_ended_last_year():
    # Year 2023; last year is 1 April 2021 to 31 March 2022.
    findings = run(
        logic,
        2023,
        Header=[header(c) for c in "abcd"],  # rows 1-4: a, b, c, d
        UASC=[uasc("d", None)],
        prev_UASC=[
            uasc("a", date(2022, 1, 1)),  # a PASS: ceased within last year
            uasc("b", None),  # b FAIL: not ceased last year, yet not UASC now
            uasc("c", date(2022, 6, 1)),  # c FAIL: last year's DUC after last year
            uasc("d", None),  # d PASS: still UASC
        ],
    )
    assert rows(findings) == [2, 3]
    assert {f.table for f in findings} == {"Header"}

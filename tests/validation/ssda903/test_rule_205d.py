"""205D: UASC this year, in last year's return but not UASC there."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_205d import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def uasc(child):
    return {"child": child, "DOB": date(2006, 1, 1), "DUC": None}


def test_uasc_now_but_not_last_year():
    findings = run(
        logic,
        2023,
        Header=[header("a"), header("b"), header("c")],  # rows 1-3
        UASC=[uasc("a"), uasc("b"), uasc("c"), uasc("d")],  # d is missing from the Header
        prev_Header=[header("a"), header("b"), header("d")],
        prev_UASC=[uasc("a")],
    )
    # a PASS (UASC last year too); b FAIL on its Header row 2; c PASS (new this year);
    # d FAIL on its UASC row 4, as it has no Header row.
    assert rows(findings, "Header") == [2]
    assert rows(findings, "UASC") == [4]

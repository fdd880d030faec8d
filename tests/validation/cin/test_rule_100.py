"""100: the ReferenceDate is 31 March of the collection year."""

from safeboard.validation.rules.cin.rule_100 import logic
from tests.validation.cin.dfe_low_rows import failing, findings, header

RULE = logic.rule


def test_the_reference_date_must_be_the_31_march_of_the_year():
    rows = [
        header(Year="2018", ReferenceDate="2018-03-31"),  # row 1 PASS: 31 March 2018
        header(Year="2018", ReferenceDate="2018-03-30"),  # row 2 FAIL: the day before
        header(Year="2018", ReferenceDate="2017-03-31"),  # row 3 FAIL: last year's
        header(Year="2018"),  # row 4 FAIL: missing
        header(Year="2018", ReferenceDate="31/03/2018"),  # row 5 FAIL: not an xs:date
    ]
    assert failing(RULE, 2018, header=rows) == [
        ("header", "row 2", ""),
        ("header", "row 3", ""),
        ("header", "row 4", ""),
        ("header", "row 5", ""),
    ]
    [wrong, *_] = findings(RULE, 2018, header=rows)
    assert (wrong.message, wrong.value, wrong.severity.value) == (
        "Reference Date is incorrect",
        "2018-03-30",
        "error",
    )


def test_the_year_is_the_collection_year():
    # 2025-26: the same date that passes in 2018 fails.
    assert failing(RULE, 2026, header=[header(ReferenceDate="2018-03-31")]) == [
        ("header", "row 1", "")
    ]
    assert failing(RULE, 2026, header=[header(ReferenceDate="2026-03-31")]) == []


def test_a_file_without_a_header_has_no_reference_date():
    assert [(f.position, f.field) for f in findings(RULE, 2020, header=[])] == [
        ("Header", "ReferenceDate")
    ]

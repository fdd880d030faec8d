"""104: the date UASC status ceased is before the collection year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_104 import logic
from tests.validation.ssda903._dfe_low import rows, run


def uasc(child, duc):
    return {"child": child, "SEX": "1", "DOB": date(2005, 1, 1), "DUC": duc}


def test_a_status_that_ceased_before_the_year_fails():
    findings = run(
        logic,
        2023,
        UASC=[
            uasc("a", date(2022, 4, 1)),  # row 1 PASS: the year's first day
            uasc("b", date(2022, 3, 31)),  # row 2 FAIL: the day before the year began
            uasc("c", None),  # row 3 PASS: still UASC
            uasc("d", date(2023, 6, 1)),  # row 4 PASS: ceases after the year (his 18th birthday)
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "2022-03-31"


def test_a_duc_that_is_not_a_date_fails():
    findings = run(
        logic,
        2023,
        UASC=[uasc("a", None)],
        unparsed=[
            {"table": "UASC", "field": "DUC", "position": "line 2", "child": "a", "value": "soon"}
        ],
    )
    assert [(f.position, f.value) for f in findings] == [("line 2", "soon")]

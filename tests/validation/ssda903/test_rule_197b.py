"""197B: a child turning 4 or 17 in the year without score or reason."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_197b import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def oc2(child, dob, **values):
    return {"child": child, "DOB": dob, **values}


def test_birthdays_4_and_17_in_the_year():
    findings = run(
        logic,
        2023,
        Episodes=[episode(c, date(2015, 1, 1)) for c in "abcdef"]
        + [episode("g", date(2022, 9, 1))],
        OC2=[
            oc2("a", date(2018, 4, 1)),  # row 1 FAIL: 4 on 1 April 2022 (the first day)
            oc2("b", date(2006, 3, 1)),  # row 2 FAIL: 17 in March 2023
            oc2("c", date(2019, 4, 1)),  # row 3 PASS: 4 after 31 March 2023
            oc2("d", date(2012, 1, 1)),  # row 4 PASS: 11 (186's business)
            oc2("e", date(2018, 9, 1), SDQ_REASON="SDQ1"),  # row 5 PASS: a reason given
            oc2("f", date(2018, 9, 1), SDQ_SCORE=3),  # row 6 PASS: a score given
            oc2("g", date(2018, 9, 1)),  # row 7 PASS: not in the 12-month cohort
        ],
    )
    assert rows(findings) == [1, 2]
    assert findings[0].rule == "197B"

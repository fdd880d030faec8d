"""186: neither SDQ score nor reason for a child of SDQ age in the 12-month cohort."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_186 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def oc2(child, dob, score=None, reason=None):
    return {"child": child, "DOB": dob, "SDQ_SCORE": score, "SDQ_REASON": reason}


def test_children_4_to_16_need_a_score_or_reason():
    findings = run(
        logic,
        2023,
        Episodes=[episode(c, date(2020, 1, 1)) for c in "abcdef"]
        + [episode("g", date(2022, 9, 1))],
        OC2=[
            oc2("a", date(2012, 1, 1)),  # row 1 FAIL: 10, nothing recorded
            oc2("b", date(2012, 1, 1), score=14),  # row 2 PASS: a score
            oc2("c", date(2012, 1, 1), reason="SDQ4"),  # row 3 PASS: a reason
            oc2("d", date(2018, 3, 1)),  # row 4 FAIL: born in March 2018, 4 by 1 April 2022
            oc2("e", date(2006, 4, 1)),  # row 5 PASS: 17 on 1 April 2023, but 16 on 31 March...
            oc2("f", date(2006, 3, 1)),  # row 6 PASS: 17 during March 2023
            oc2("g", date(2012, 1, 1)),  # row 7 PASS: not in care for 12 months
            oc2("a", date(2018, 4, 1)),  # row 8 PASS: born in April 2018, may be 4 only later
        ],
    )
    # ...e's 17th birthday (1 April 2023) is after 31 March: e is still of SDQ age: FAIL.
    assert rows(findings) == [1, 4, 5]

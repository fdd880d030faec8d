"""157: SDQ1 (age) as the reason for no score for a child of SDQ age all year."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_157 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def oc2(child, dob, reason="SDQ1", score=None):
    return {"child": child, "DOB": dob, "SDQ_REASON": reason, "SDQ_SCORE": score}


def test_sdq1_for_a_child_aged_4_to_16_all_year():
    # Year 2023: 1 April 2022 to 31 March 2023. Every child in care since 2020.
    children = "abcdef"
    findings = run(
        logic,
        2023,
        Episodes=[episode(c, date(2020, 1, 1)) for c in children]
        + [
            episode("g", date(2022, 6, 1)),  # g came into care during the year
        ],
        OC2=[
            oc2("a", date(2010, 1, 1)),  # row 1 FAIL: 12 all year
            oc2("b", date(2018, 3, 1)),  # row 2 FAIL: born in March 2018, 4 by 1 April 2022
            oc2("c", date(2018, 4, 1)),  # row 3 PASS: born in April 2018, may turn 4 after 1 April
            oc2("d", date(2007, 3, 1)),  # row 4 PASS: 16 before 31 March 2023
            oc2("e", date(2010, 1, 1), reason="SDQ2"),  # row 5 PASS: another reason
            oc2("f", date(2010, 1, 1), score=12),  # row 6 PASS: a score was given (197a's case)
            oc2("g", date(2010, 1, 1)),  # row 7 PASS: not looked after for 12 months
        ],
    )
    assert rows(findings) == [1, 2]

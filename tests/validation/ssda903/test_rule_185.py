"""185: SDQ score for a child not looked after continuously for 12 months.

Also tests the cohort itself (_dfe_low.continuously_looked_after) at its edges.
"""

from datetime import date

from safeboard.validation.rules.ssda903.rule_185 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def test_only_the_12_month_cohort_has_scores():
    # 2023: 1 April 2022 to 31 March 2023.
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1)),  # a: in care all year
            episode("b", date(2022, 4, 2)),  # b: started after 1 April
            episode("c", date(2022, 4, 1)),  # c: started on 1 April itself
            episode("d", date(2020, 1, 1), date(2022, 10, 1), rec="E4A"),  # d: left in the year
            episode("e", date(2020, 1, 1), date(2022, 10, 1), rec="X1"),  # e: X1 hand-over...
            episode("e", date(2022, 10, 1), rne="P"),  # ...and carries on
            episode("f", date(2020, 1, 1)),  # f: in care, but a short break too
            episode("f", date(2022, 8, 1), date(2022, 8, 3), ls="V3", rec="E4A"),
            episode("g", date(2020, 1, 1), date(2023, 3, 31), rec="E4A"),  # g: left on 31 March
        ],
        OC2=[
            {"child": "a", "SDQ_SCORE": 10},  # row 1 PASS: in the cohort
            {"child": "b", "SDQ_SCORE": 10},  # row 2 FAIL: came into care in the year
            {"child": "c", "SDQ_SCORE": 10},  # row 3 PASS: DfE's test counts a 1 April start
            {"child": "d", "SDQ_SCORE": 10},  # row 4 FAIL: left care in the year
            {"child": "e", "SDQ_SCORE": 10},  # row 5 PASS: a new episode is not leaving care
            {"child": "f", "SDQ_SCORE": 10},  # row 6 FAIL: a short break in the year
            {"child": "g", "SDQ_SCORE": 10},  # row 7 PASS: leaving on 31 March still counts
            {"child": "h", "SDQ_SCORE": 10},  # row 8 FAIL: no episodes at all
            {"child": "b", "SDQ_SCORE": None},  # row 9 PASS: no score
        ],
    )
    assert rows(findings) == [2, 4, 6, 8]

"""8897Q: a completed assessment without (valid) factors."""

from safeboard.validation.rules.cin.rule_8897q import logic
from tests.validation.cin.dfe_high_rows import D, assessment, factor, findings

RULE = logic.rule


def found(year, assessments, factors):
    return sorted(
        (f.table, f.position, f.child, f.value)
        for f in findings(RULE, year, assessment=assessments, assessment_factor=factors)
    )


def test_completed_assessments_need_factors():
    assessments = [
        assessment("a", AssessmentAuthorisationDate=D(2022, 5, 1)),  # row 1 PASS: has 3B
        assessment("b", AssessmentAuthorisationDate=D(2022, 5, 1)),  # row 2 QUERY: no factors
        assessment(
            "c", AssessmentAuthorisationDate=D(2022, 3, 31)
        ),  # row 3 PASS: completed last year
        assessment("d", AssessmentActualStartDate=D(2022, 5, 1)),  # row 4 PASS: not completed
        assessment("e", AssessmentAuthorisationDate=D(2022, 4, 1)),  # row 5: first day; 99X below
    ]
    factors = [
        factor("a", "3B"),  # row 1 PASS
        factor("e", "99X"),  # row 2 QUERY: not a code
        factor("e", "21"),  # row 3 PASS
    ]
    assert found(2023, assessments, factors) == [
        ("assessment", "row 2", "b", ""),
        ("assessment_factor", "row 2", "e", "99X"),
    ]


def test_codes_are_those_of_the_year_plus_18a_and_19a():
    assessments = [assessment("a", AssessmentAuthorisationDate=D(2019, 5, 1))]
    factors = [
        factor("a", "24A"),  # row 1: QUERY in 2019-20, a code only from 2021-22
        factor("a", "18B"),  # row 2: QUERY in 2019-20, a code only from 2020-21
        factor("a", "18A"),  # row 3 PASS in every year
    ]
    assert [p for _, p, _, _ in found(2020, assessments, factors)] == ["row 1", "row 2"]
    assessments = [assessment("a", AssessmentAuthorisationDate=D(2024, 5, 1))]
    assert found(2025, assessments, factors) == []  # 18A is queried by 8945Q instead

"""167: participation code invalid or blank."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_167 import logic
from tests.validation.ssda903._dfe_low import rows, run


def review(child, on, code):
    return {"child": child, "REVIEW": on, "REVIEW_CODE": code}


def test_participation_codes():
    findings = run(
        logic,
        2023,
        Reviews=[
            review("a", date(2022, 6, 1), "PN0"),  # row 1 PASS
            review("b", date(2022, 6, 1), None),  # row 2 FAIL: review without a code
            review("c", date(2022, 6, 1), "PN8"),  # row 3 FAIL: no such code
            review("d", None, None),  # row 4 PASS: neither
            review("e", None, "PN1"),  # row 5 FAIL: a code without a review
        ],
    )
    assert rows(findings) == [2, 3, 5]

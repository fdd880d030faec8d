"""166: a review without a usable date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_166 import logic
from tests.validation.ssda903._dfe_low import rows, run


def test_review_date_is_needed():
    findings = run(
        logic,
        2023,
        Reviews=[
            {"child": "a", "REVIEW": date(2022, 6, 1), "REVIEW_CODE": "PN1"},  # row 1 PASS
            {"child": "b", "REVIEW": None, "REVIEW_CODE": "PN1"},  # row 2 FAIL: blank/unreadable
        ],
    )
    assert rows(findings) == [2]

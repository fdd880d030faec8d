"""399: mother item or reviews for a child on short breaks only."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_399 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_short_breaks_only_have_no_reviews_or_mother_item():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", sex="2", MOTHER="0"),  # row 1 FAIL: a has short breaks only
            header("b", sex="2", MOTHER="0"),  # row 2 PASS: b also has a care order
            header("c", sex="1"),  # row 3 PASS: nothing given
        ],
        Episodes=[
            episode("a", date(2022, 5, 1), date(2022, 5, 3), ls="V3", rec="E4A"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), date(2022, 5, 3), ls="V3", rec="E4A"),  # row 2 PASS
            episode("b", date(2022, 8, 1), ls="C2"),  # row 3 PASS
            episode("c", date(2022, 5, 1), date(2022, 5, 3), ls="V4", rec="E4A"),  # row 4 FAIL
        ],
        Reviews=[
            {"child": "c", "REVIEW": date(2022, 5, 2), "REVIEW_CODE": "PN1"},  # row 1 FAIL
            {"child": "b", "REVIEW": date(2022, 9, 1), "REVIEW_CODE": "PN1"},  # row 2 PASS
        ],
    )
    assert rows(findings, "Header") == [1]
    assert rows(findings, "Reviews") == [1]
    assert rows(findings, "Episodes") == [1, 4]

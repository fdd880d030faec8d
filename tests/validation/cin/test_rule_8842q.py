"""8842Q: review record without a date."""

from safeboard.validation.rules.cin.rule_8842q import logic
from tests.validation.cin.dfe_high_rows import D, failing, findings, review

RULE = logic.rule


def test_reviews_without_a_date_are_queried():
    rows = [
        review("a", D(2022, 6, 1)),  # row 1 PASS
        review("a", None, number=2),  # row 2 QUERY: empty <CPPreviewDate/>
    ]
    assert failing(RULE, 2023, cp_review=rows) == [("row 2", "a")]
    assert findings(RULE, 2023, cp_review=rows)[0].severity.value == "warning"

"""167: a review's participation code is invalid or missing.

A review with a date needs a participation code PN0-PN7; a row with no
review date must have no code either.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="167",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Data entry for participation is invalid or blank.",
    guidance=(
        "Record how the child took part in the review with one of PN0 to PN7 (PN0 for a child "
        "under 4) on the review in the case management system."
    ),
    tables=("Reviews",),
    fields=("REVIEW_CODE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("REVIEW_CODE", context.collection_year)
    return f"""
        SELECT _file, _position, child, REVIEW_CODE AS value FROM Reviews
        WHERE (REVIEW IS NOT NULL AND (REVIEW_CODE IS NULL OR REVIEW_CODE NOT IN {codes}))
           OR (REVIEW IS NULL AND REVIEW_CODE IS NOT NULL)
    """

"""441: a review's participation code PN1 to PN7 (4 or over) for a child under 4.

PN1 to PN7 record how a child aged 4 or over took part. A child who was
certainly under 4 on the review date, born any day of the recorded birth
month (see _dfe_mid), should have PN0.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import surely_under


@rule(
    code="441",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Participation method indicates child was 4 years old or over at the time of the "
        "review, but the date of birth and review date indicates the child was under 4 years "
        "old."
    ),
    guidance=(
        "Record the participation of a child under 4 as PN0 in the case management system, or "
        "correct the child's date of birth or the review date."
    ),
    tables=("Reviews",),
    fields=("DOB", "REVIEW", "REVIEW_CODE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(REVIEW AS VARCHAR) AS value
        FROM Reviews
        WHERE REVIEW_CODE IN ('PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')
          AND {surely_under("DOB", 4, "REVIEW")}
    """

"""440: a review's participation code PN0 (under 4) for a child who was 4 or over.

PN0 records that the child was under 4 at the review. A child who was
certainly 4 or over on the review date, born any day of the recorded birth
month (see _dfe_mid), should have one of PN1 to PN7. DfE's "4 years old or
over" includes the 4th birthday; the D2I validator starts the day after.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import surely_aged


@rule(
    code="440",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Participation method indicates child was under 4 years old at the time of the review, "
        "but date of birth and review date indicates the child was 4 years old or over."
    ),
    guidance=(
        "Record how the child took part in the review (PN1 to PN7) in the case management "
        "system, or correct the child's date of birth or the review date."
    ),
    tables=("Reviews",),
    fields=("DOB", "REVIEW", "REVIEW_CODE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(REVIEW AS VARCHAR) AS value
        FROM Reviews
        WHERE REVIEW_CODE = 'PN0' AND {surely_aged("DOB", 4, "REVIEW")}
    """

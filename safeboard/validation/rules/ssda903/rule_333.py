"""333: the decision that the child should be placed for adoption is missing or after the match.

With DATE_MATCH given, DATE_INT must be given and on or before it.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="333",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date should be placed for adoption must be on or prior to the date of matching child "
        "with adopter(s)."
    ),
    guidance=(
        "Check the dates of the decision to place the child for adoption and of the match with "
        "adopters in the case management system: the decision comes first, and a match needs "
        "it."
    ),
    tables=("AD1",),
    fields=("DATE_INT", "DATE_MATCH"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DATE_INT AS VARCHAR) AS value FROM AD1
        WHERE DATE_MATCH IS NOT NULL AND (DATE_INT IS NULL OR DATE_INT > DATE_MATCH)
    """

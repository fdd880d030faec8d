"""119: a decision to stop planning adoption needs both its date and its reason.

DATE_PLACED_CEASED and REASON_PLACED_CEASED are given together or not at all.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="119",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If the decision is made that a child should no longer be placed for adoption, then "
        "the date of this decision and the reason why this decision was made must be completed."
    ),
    guidance=(
        "On the child's adoption plan in the case management system record both the date the "
        "decision to place for adoption was reversed and the reason (RD1-RD4), or neither."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, REASON_PLACED_CEASED AS value FROM PlacedAdoption
        WHERE (DATE_PLACED_CEASED IS NULL) <> (REASON_PLACED_CEASED IS NULL)
    """

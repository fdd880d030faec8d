"""563: a decision to place for adoption ceased, with no date of the decision itself.

A record saying the decision ceased (REASON_PLACED_CEASED and
DATE_PLACED_CEASED given) needs the date of the decision that the child
should be placed for adoption (DATE_PLACED).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="563",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The child should no longer be placed for adoption but the date of the decision that the "
        "child should be placed for adoption is blank"
    ),
    guidance=(
        "Record the date of the original decision that the child should be placed for adoption "
        "on this record in the case management system."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, REASON_PLACED_CEASED AS value
        FROM PlacedAdoption
        WHERE REASON_PLACED_CEASED IS NOT NULL AND DATE_PLACED_CEASED IS NOT NULL
          AND DATE_PLACED IS NULL
    """

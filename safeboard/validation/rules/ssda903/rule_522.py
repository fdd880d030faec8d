"""522: a decision to place for adoption ceased before it was made.

DATE_PLACED_CEASED (the decision that the child should no longer be placed
for adoption) must be on or after DATE_PLACED (the decision that the child
should be) of the same record.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="522",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption must be on or before the "
        "date that a child should no longer be placed for adoption."
    ),
    guidance=(
        "Check both decision dates of this placed-for-adoption record in the case management "
        "system: the decision to stop cannot come before the decision to place."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DATE_PLACED_CEASED AS VARCHAR) AS value
        FROM PlacedAdoption
        WHERE DATE_PLACED_CEASED < DATE_PLACED
    """

"""153: the care leaver items (OC3) are all given or all blank."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="153",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "All data items relating to a child's activity or accommodation after leaving care "
        "must be coded or left blank."
    ),
    guidance=(
        "Complete whether the authority is in touch, the activity and the accommodation of the "
        "care leaver in the case management system, or none of them."
    ),
    tables=("OC3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM OC3
        WHERE (CAST(IN_TOUCH IS NOT NULL AS INTEGER) + CAST(ACTIV IS NOT NULL AS INTEGER)
               + CAST(ACCOM IS NOT NULL AS INTEGER)) IN (1, 2)
    """

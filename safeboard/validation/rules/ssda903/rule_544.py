"""544: conviction information without the health items.

A child in OC2 whose CONVICTED item is completed (0 or 1) must also have
IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE.

Deviation from the D2I validator: D2I checks only CONVICTED = 1. DfE's
"conviction information completed" is the same words rule 542 uses for any
value given (and D2I's 542 reads it so), so 0 counts too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="544",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Any child who has conviction information completed must also have immunisation, teeth "
        "check, health assessment and substance misuse problem identified fields completed."
    ),
    guidance=(
        "Complete the child's OC2 health items in the case management system: immunisations up "
        "to date, teeth checked, annual health assessment and substance misuse identified (0 or "
        "1 each)."
    ),
    tables=("OC2",),
    fields=("CONVICTED", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CONVICTED AS value
        FROM OC2
        WHERE CONVICTED IS NOT NULL
          AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL
               OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
    """

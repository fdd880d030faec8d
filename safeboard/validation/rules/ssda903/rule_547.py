"""547: health promotion information without the other health items.

A child in OC2 whose HEALTH_CHECK item is completed (0 or 1) must also have
IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE.

Deviation from the D2I validator: D2I checks only HEALTH_CHECK = 1; DfE's
"completed" is any value given (as in rule 546), so 0 counts too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="547",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Any child who has health promotion information completed must also have immunisation, "
        "teeth check, health assessment and substance misuse problem identified fields "
        "completed."
    ),
    guidance=(
        "Complete the child's OC2 health items in the case management system: immunisations up "
        "to date, teeth checked, annual health assessment and substance misuse identified (0 or "
        "1 each)."
    ),
    tables=("OC2",),
    fields=(
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
    ),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, HEALTH_CHECK AS value
        FROM OC2
        WHERE HEALTH_CHECK IS NOT NULL
          AND (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL
               OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
    """

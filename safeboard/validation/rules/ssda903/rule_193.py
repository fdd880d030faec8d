"""193: no substance misuse problem, yet an intervention item is filled in.

With SUBSTANCE_MISUSE 0 or blank, INTERVENTION_RECEIVED and
INTERVENTION_OFFERED must both be blank.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="193",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child not identified as having a substance misuse problem but at least one of the two "
        "additional items on whether an intervention were offered and received have been "
        "completed."
    ),
    guidance=(
        "The child has no recorded substance misuse problem: clear the intervention items in "
        "the case management system, or record the problem if there is one."
    ),
    tables=("OC2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE coalesce(SUBSTANCE_MISUSE, '0') = '0'
          AND (INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
    """

"""158: an intervention for substance misuse was received, yet "offered" is filled in.

INTERVENTION_OFFERED is asked only when none was received: with
INTERVENTION_RECEIVED = 1 it must be blank.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="158",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If a child has been recorded as receiving an intervention for their substance misuse "
        "problem, then the additional item on whether an intervention was offered should be "
        "left blank."
    ),
    guidance=(
        "The child received an intervention for substance misuse: clear 'intervention offered' "
        "on the child's health record in the case management system."
    ),
    tables=("OC2",),
    fields=("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, INTERVENTION_OFFERED AS value FROM OC2
        WHERE INTERVENTION_RECEIVED = '1' AND INTERVENTION_OFFERED IS NOT NULL
    """

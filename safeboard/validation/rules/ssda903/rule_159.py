"""159: a substance misuse problem, no intervention received, and "offered" left blank.

With SUBSTANCE_MISUSE = 1 and INTERVENTION_RECEIVED = 0, whether an
intervention was offered must be said.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="159",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If a child has been recorded as not receiving an intervention for their substance "
        "misuse problem, then the additional item on whether an intervention was offered "
        "should be completed as well."
    ),
    guidance=(
        "Record whether the child was offered an intervention for the substance misuse problem "
        "(1 or 0) on the child's health record in the case management system."
    ),
    tables=("OC2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED = '0'
          AND INTERVENTION_OFFERED IS NULL
    """

"""192: a substance misuse problem, and whether an intervention was received left blank."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="192",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has been identified as having a substance misuse problem but the additional "
        "item on whether an intervention was received has been left blank."
    ),
    guidance=(
        "Record whether the child received an intervention for the substance misuse problem "
        "(1 or 0) on the child's health record in the case management system."
    ),
    tables=("OC2",),
    fields=("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE SUBSTANCE_MISUSE = '1' AND INTERVENTION_RECEIVED IS NULL
    """

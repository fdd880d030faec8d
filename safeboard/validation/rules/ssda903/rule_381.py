"""381: a temporary placement (T0-T4) that ends the period of care (REC other than X1)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="381",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A period of care cannot end with a temporary placement."),
    guidance=(
        "A child leaves care from the usual placement: check the temporary placement's reason "
        "for ending in the case management system (X1 when the child returns to the usual "
        "placement)."
    ),
    tables=("Episodes",),
    fields=("PLACE", "REC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, REC AS value FROM Episodes
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND REC IS NOT NULL AND REC <> 'X1'
    """

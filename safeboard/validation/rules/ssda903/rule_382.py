"""382: a short break (LS V3/V4) in a temporary placement (T0-T4)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="382",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A child receiving respite care cannot be in a temporary placement."),
    guidance=(
        "Check the short-break episode in the case management system: short breaks (V3/V4) are "
        "not temporary placements (T0-T4); correct the placement or the legal status."
    ),
    tables=("Episodes",),
    fields=("LS", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE LS IN ('V3', 'V4') AND PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
    """

"""380: a temporary placement (T0-T4) whose episode does not start with a change of placement
(RNE P or B)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="380",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A period of care cannot start with a temporary placement."),
    guidance=(
        "A temporary placement (T0-T4) follows a change of placement: record the episode's "
        "reason for new episode as P or B, or the child's usual placement first, in the case "
        "management system."
    ),
    tables=("Episodes",),
    fields=("PLACE", "RNE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, RNE AS value FROM Episodes
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4') AND coalesce(RNE, '') NOT IN ('P', 'B')
    """

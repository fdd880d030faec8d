"""8805: a closed CIN episode has a reason for closure."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8805",
    kind="cin",
    severity=Severity.ERROR,
    message="A CIN case cannot have a CIN closure date without a Reason for Closure",
    guidance=(
        "Record why the episode was closed (a reason for closure, RC1 to RC9) in the case "
        "management system, or remove the closure date if the case is still open."
    ),
    tables=("cin_episode",),
    fields=("CINclosureDate", "ReasonForClosure"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINclosureDate AS VARCHAR) AS value
        FROM cin_episode
        WHERE CINclosureDate IS NOT NULL AND ReasonForClosure IS NULL
    """

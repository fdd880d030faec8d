"""8810: a reason for closure only on a CIN episode with a closure date."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8810",
    kind="cin",
    severity=Severity.ERROR,
    message="A CIN case cannot have a Reason for Closure without a CIN Closure Date",
    guidance=(
        "Record the date the episode was closed in the case management system, or remove the "
        "reason for closure if the case is still open."
    ),
    tables=("cin_episode",),
    fields=("ReasonForClosure", "CINclosureDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, ReasonForClosure AS value
        FROM cin_episode
        WHERE ReasonForClosure IS NOT NULL AND CINclosureDate IS NULL
    """

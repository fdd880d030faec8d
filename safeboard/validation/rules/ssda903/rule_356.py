"""356: an episode that ends before it began."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="356",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("The date the episode ceased is before the date the same episode started."),
    guidance=(
        "Correct the episode's start or end date in the case management system: it cannot end "
        "before it began."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DEC AS VARCHAR) AS value FROM Episodes
        WHERE DEC < DECOM
    """

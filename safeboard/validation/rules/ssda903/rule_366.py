"""366: a short-break episode (LS V3) that does not start a period of care (RNE S)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="366",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A child cannot change placement during the course of an individual short-term respite "
        "break."
    ),
    guidance=(
        "A short break (V3) is one placement: record its episode as starting a period of care "
        "(RNE S) in the case management system."
    ),
    tables=("Episodes",),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, RNE AS value FROM Episodes
        WHERE LS = 'V3' AND RNE IS DISTINCT FROM 'S'
    """

"""355 (query): an episode that ends on the day it began."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="355",
    kind="ssda903",
    severity=Severity.WARNING,
    message=("Episode appears to have lasted for less than 24 hours"),
    guidance=(
        "Check the episode's dates in the case management system: an episode that ends the day "
        "it starts is usually a recording error (a placement that never happened, or a date "
        "typed twice)."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE DEC = DECOM
    """

"""353: an episode starting before 14 October 1991 (the Children Act 1989)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="353",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("No episode submitted can start before 14 October 1991."),
    guidance=(
        "Correct the episode's start date in the case management system: the Children Act 1989 "
        "came into force on 14 October 1991."
    ),
    tables=("Episodes",),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE DECOM < DATE '1991-10-14'
    """

"""550: placement provider PR0 (parents) with a placement other than P1 (with parents).

PR0 means the child's parents provide the placement: only a placement with
parents or others with parental responsibility (P1) can have it. A blank
placement type fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="550",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A placement provider code of PR0 can only be associated with placement P1.",
    guidance=(
        "Correct the placement provider (PR1 to PR5 for who provides this placement) or the "
        "placement type (P1 if the child lives with their parents) in the case management system."
    ),
    tables=("Episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE_PROVIDER = 'PR0' AND PLACE IS DISTINCT FROM 'P1'
    """

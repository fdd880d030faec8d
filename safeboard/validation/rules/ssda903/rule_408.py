"""408: placed for adoption under a placement order, without the placement order.

Placement codes A5 and A6 mean the child is placed for adoption under a
placement order; the episode's legal status must then be E1 (placement
order). A blank legal status fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="408",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is placed for adoption with a placement order, but no placement order has been "
        "recorded."
    ),
    guidance=(
        "In the case management system, record the placement order (legal status E1) on this "
        "episode, or, if the child was placed for adoption with parental consent, use placement "
        "type A3 or A4 instead of A5 or A6."
    ),
    tables=("Episodes",),
    fields=("PLACE", "LS"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, LS AS value
        FROM Episodes
        WHERE PLACE IN ('A5', 'A6') AND LS IS DISTINCT FROM 'E1'
    """

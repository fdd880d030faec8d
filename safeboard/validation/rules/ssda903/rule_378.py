"""378: placed with parents (P1) under section 20 (LS V2)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="378",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A child who is placed with parent(s) cannot be looked after under a single period of "
        "accommodation under Section 20 of the Children Act 1989."
    ),
    guidance=(
        "Check the episode in the case management system: a child placed with parents (P1) is "
        "not accommodated under section 20 (V2); correct the placement or the legal status."
    ),
    tables=("Episodes",),
    fields=("PLACE", "LS"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE PLACE = 'P1' AND LS = 'V2'
    """

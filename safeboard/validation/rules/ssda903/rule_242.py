"""242: URN XXXXXXX (a regional adoption agency) for a placement not with adopters or foster carers.

From 2025-26 the stand-in URN is for regional adoption agencies only: the
placement must be A3-A6 or U1-U6.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="242",
    kind="ssda903",
    severity=Severity.ERROR,
    message="URN = 'XXXXXXX' can only be used for regional adoption agencies",
    guidance=(
        "Record the provider's own Ofsted URN on the episode in the case management system; "
        "XXXXXXX is only for placements made through a regional adoption agency."
    ),
    tables=("Episodes",),
    fields=("URN",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE URN = 'XXXXXXX' AND coalesce(PLACE, '') NOT IN
            ('A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """

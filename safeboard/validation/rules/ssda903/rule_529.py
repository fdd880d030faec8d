"""529: a placement provider that cannot provide the placement type.

The episode records a other public sector provider (PR3) with a placement that only parents, local authorities or the private and voluntary sectors provide: P1, A3 to A6, K1, K2, U1 to U6.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="529",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Placement provider code of PR3 cannot be associated with placements P1, A3 to "
        "A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public "
        "organisations."
    ),
    guidance=(
        "Correct the placement provider in the case management system to the organisation "
        "that provides the placement (PR0 to PR2, PR4 or PR5), or correct the placement "
        "type."
    ),
    tables=("Episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE_PROVIDER = 'PR3' AND PLACE IN ('P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """

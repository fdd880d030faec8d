"""531: a placement provider that cannot provide the placement type.

The episode records a voluntary or third sector provider (PR5) with a placement with parents (P1).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="531",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A placement provider code of PR5 cannot be associated with placements P1."),
    guidance=(
        "Record a placement with parents (P1) with provider PR0 in the case management "
        "system, or correct the placement type."
    ),
    tables=("Episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE_PROVIDER = 'PR5' AND PLACE IN ('P1')
    """

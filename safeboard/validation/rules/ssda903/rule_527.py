"""527: a placement provider that cannot provide the placement type.

The episode records a own local authority (PR1) with a placement that the authority does not provide: with parents (P1), NHS or health trust (R2) or young offender institution (R5).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="527",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A placement provider code of PR1 cannot be associated with placements P1, R2 or R5."),
    guidance=(
        "Correct the placement provider in the case management system: a placement with "
        "parents (P1) has provider PR0, an NHS placement (R2) or a young offender "
        "institution (R5) PR3; or correct the placement type."
    ),
    tables=("Episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE_PROVIDER = 'PR1' AND PLACE IN ('P1', 'R2', 'R5')
    """

"""420: a placement authority for a short-break episode (LS V3 or V4).

Short-break episodes carry reduced placement details: DfE works out the
local authority of the placement (PL_LA) from the placement postcode and it
must be blank for LS V3 and V4. Only the postcode's outward code is kept at
import and no authority is worked out, so a short-break episode with a
readable placement postcode is reported: DfE would work out its authority
from it. (A well-formed postcode that does not exist is not told apart; the
same reading as rules 169 and 179.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="420",
    kind="ssda903",
    severity=Severity.ERROR,
    message="LA of placement completed but child is looked after under legal status V3 or V4.",
    guidance=(
        "Leave the placement postcode blank on short-break episodes (legal status V3 or V4) in "
        "the case management system, or correct the legal status if the child was not on a "
        "short break."
    ),
    tables=("Episodes",),
    fields=("PL_LA",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PL_POST AS value
        FROM Episodes
        WHERE LS IN ('V3', 'V4') AND PL_POST IS NOT NULL
    """

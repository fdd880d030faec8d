"""445: legal status D1 (freeing order) on an episode starting after December 2005.

Freeing orders were replaced by placement orders (E1) when the Adoption and
Children Act 2002 came into force on 30 December 2005: an episode starting
after 31 December 2005 cannot have LS D1. DfE retired the rule with the D1
code after 2023-24 (lac2024_25 deletes it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="445",
    kind="ssda903",
    severity=Severity.ERROR,
    message="D1 is not a valid code for episodes starting after December 2005.",
    guidance=(
        "Record the placement order as legal status E1 in the case management system: freeing "
        "orders (D1) have not been made since December 2005."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM"),
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM Episodes
        WHERE LS = 'D1' AND DECOM > DATE '2005-12-31'
    """

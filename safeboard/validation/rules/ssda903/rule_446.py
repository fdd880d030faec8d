"""446: legal status E1 (placement order) on an episode starting before December 2005.

Placement orders exist from the Adoption and Children Act 2002, in force
from 30 December 2005: an episode starting before 1 December 2005 cannot
have LS E1.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="446",
    kind="ssda903",
    severity=Severity.ERROR,
    message="E1 is not a valid code for episodes starting before December 2005.",
    guidance=(
        "Check the episode's start date and legal status in the case management system: a "
        "placement order (E1) cannot start before December 2005."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value
        FROM Episodes
        WHERE LS = 'E1' AND DECOM < DATE '2005-12-01'
    """

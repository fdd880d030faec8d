"""514: a single adopter (L0) whose sex code describes a couple.

LS_ADOPTR L0 (single adopter) needs SEX_ADOPTR M1 or F1. A blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="514",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data entry on the legal status of adopters shows a single adopter but data entry "
        "for the numbers of adopters shows it as a couple."
    ),
    guidance=(
        "Check the adoption record in the case management system: a single adopter's sex "
        "is M1 or F1; if a couple adopted, record their legal status (L11, L12, L2, L3 or "
        "L4) instead of L0."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE LS_ADOPTR = 'L0' AND SEX_ADOPTR IS DISTINCT FROM 'M1' AND SEX_ADOPTR IS DISTINCT FROM 'F1'
    """

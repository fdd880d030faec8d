"""519: a civil partnership (L2) whose sex code is not a couple's.

LS_ADOPTR L2 needs SEX_ADOPTR MM, FF or MF. A blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="519",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data entered on the legal status of adopters shows civil partnership couple, but "
        "data entered on genders of adopters does not show it as a couple."
    ),
    guidance=(
        "Check the adoption record in the case management system: adopters in a civil "
        "partnership (L2) are a couple, coded MM, FF or MF; a single adopter's legal "
        "status is L0."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE LS_ADOPTR = 'L2' AND coalesce(SEX_ADOPTR, '') NOT IN ('MM', 'FF', 'MF')
    """

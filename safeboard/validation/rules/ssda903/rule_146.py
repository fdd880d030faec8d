"""146: PLACE (placement type), where given, must be one of the year's codes: the 2017-18 set
to 2024-25, the lac2025_26 set (K3, Z11-Z14 in, H5, P2 and Z1 out) from 2025-26, and K3
in 2024-25 as well (the year of change: D2I's 2024-25 rules read K3; its own 146 lists it
as "k3", so it reports every K3 of 2024-25).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="146",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement type code is not a valid code.",
    guidance=(
        "Record the placement type with one of the year's DfE codes on the episode in the case "
        "management system (from 2025-26 H5, P2 and Z1 are replaced by K3 and Z11-Z14)."
    ),
    tables=("Episodes",),
    fields=("PLACE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("PLACE", context.collection_year)
    return f"""
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE PLACE NOT IN {codes}
    """

"""526: an episode without a placement provider.

Every placement has a provider (PR0 to PR5) except temporary placements
(T0 to T4) and "other" placements (Z1 to 2024-25; Z11 to Z14 from
2025-26, when DfE split it). The exempt codes are taken from the year's
PLACE code list.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import sql_list, year_codes


@rule(
    code="526",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is missing a placement provider code for at least one episode.",
    guidance=(
        "Record who provides this placement (PR0 parents, PR1 own authority, PR2 another "
        "authority, PR3 other public sector, PR4 private, PR5 voluntary sector) on the episode "
        "in the case management system."
    ),
    tables=("Episodes",),
    fields=("PLACE", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    exempt = {c for c in year_codes("PLACE", context.collection_year) if c[0] in "TZ"}
    return f"""
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE_PROVIDER IS NULL AND coalesce(PLACE, '') NOT IN {sql_list(exempt)}
    """

"""218: an Ofsted URN is missing for a placement that needs one.

An episode open at some time in the year (ended on or after 1 April, or
open) in England, in a placement type registered with Ofsted, needs the
provider's URN. The types that need none: to 2023-24 H5, P1, P2, P3, R1,
R2, R5, T0-T4, Z1; in 2024-25 H5 and P2 leave that list; from 2025-26 Z1
becomes Z11-Z14. Whether the placement is in England is read from the
placement postcode's area (see _dfe_low.outside_england); DfE uses the
placement's local authority. A placement with no postcode is not flagged,
as the D2I validator does not flag it either.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import in_england, sql_list, year_start

BASE = {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"}


def exempt(year: int) -> set[str]:
    if year <= 2024:
        return BASE | {"H5", "P2", "Z1"}
    if year == 2025:
        return BASE | {"Z1"}
    return BASE | {"Z11", "Z12", "Z13", "Z14"}


@rule(
    code="218",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Ofsted Unique reference number (URN) is required.",
    guidance=(
        "Record the Ofsted URN of the placement's provider (on Ofsted's register) on the "
        "episode in the case management system."
    ),
    tables=("Episodes",),
    fields=("URN",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    return f"""
        SELECT _file, _position, child, PLACE AS value FROM Episodes
        WHERE URN IS NULL AND (DEC IS NULL OR DEC >= {year_start(context)})
          AND PLACE NOT IN {sql_list(exempt(year))}
          AND {in_england("PL_POST")}
    """

"""222: an Ofsted URN given for a placement type that has none.

A URN other than XXXXXXX (DfE's stand-in for regional adoption agencies) for
a placement not registered with Ofsted fails. Those types: to 2022-23 H5,
P1, P2, P3, R1, R2, R5, T0-T4, Z1; in 2023-24 H5 leaves the list (supported
accommodation is registered from 28 October 2023); in 2024-25 P2 leaves it
(no longer a code); from 2025-26 Z1 becomes Z11-Z14.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_list

BASE = {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"}


def not_registered(year: int) -> set[str]:
    if year <= 2023:
        return BASE | {"H5", "P2", "Z1"}
    if year == 2024:
        return BASE | {"P2", "Z1"}
    if year == 2025:
        return BASE | {"Z1"}
    return BASE | {"Z11", "Z12", "Z13", "Z14"}


@rule(
    code="222",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Ofsted Unique reference number (URN) should not be recorded for this placement type."
    ),
    guidance=(
        "Clear the Ofsted URN on the episode in the case management system: this type of "
        "placement is not registered with Ofsted (or correct the placement type)."
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
        WHERE URN IS NOT NULL AND URN <> 'XXXXXXX'
          AND PLACE IN {sql_list(not_registered(year))}
    """

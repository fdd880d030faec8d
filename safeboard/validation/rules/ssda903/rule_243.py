"""243: an Ofsted URN for a placement outside England. From 2025-26.

Ofsted registers providers in England only. DfE tests the placement's local
authority (Scotland, Wales, Northern Ireland, Crown dependencies, abroad);
here the placement postcode's area stands in for it (see
_dfe_low.outside_england), so a placement abroad, with no UK postcode, is
not seen.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import outside_england


@rule(
    code="243",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Only placements with providers registered with Ofsted should have a URN reported.",
    guidance=(
        "Clear the URN on the episode in the case management system: placements outside "
        "England are not registered with Ofsted (or correct the placement postcode)."
    ),
    tables=("Episodes",),
    fields=("URN",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PL_POST AS value FROM Episodes
        WHERE URN IS NOT NULL AND coalesce({outside_england("PL_POST")}, false)
    """

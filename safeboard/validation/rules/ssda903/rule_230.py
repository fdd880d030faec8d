"""230: an English H5 placement open on or after 29 October 2023 without an Ofsted URN.

Supported accommodation (H5) is registered with Ofsted from 28 October
2023. A 2023-24 rule only. Whether the placement is in England is read from
the postcode's area (see _dfe_low.outside_england); one with no postcode is
not flagged, as the D2I validator does not flag it either.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import in_england


@rule(
    code="230",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Ofsted Unique reference number (URN) is required for any English H5 placements from "
        "28 October 2023."
    ),
    guidance=(
        "Record the supported accommodation provider's Ofsted URN on the H5 episode in the case "
        "management system."
    ),
    tables=("Episodes",),
    fields=("PLACE", "DEC", "URN"),
    first_year=2024,
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, URN AS value FROM Episodes
        WHERE PLACE = 'H5' AND (DEC IS NULL OR DEC >= DATE '2023-10-29')
          AND (URN IS NULL OR URN = 'XXXXXXX')
          AND {in_england("PL_POST")}
    """

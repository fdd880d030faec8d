"""710: an order with both dates overlaps an episode in a secure children's home
(K1), with parents (P1), in a young offender institution (R5) or in
supported accommodation (K3).

Only orders with both dates are checked, as DfE's rule says (see
_dolo.overlapping_placements). Reported on the DoLo row, once per overlapping
episode, its placement type as the value.

Deviation from the D2I validator: its version reads a column PLACEMENT that
the Episodes table does not have (it is PLACE), so it fails on every return
and reports nothing.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR, overlapping_placements


@rule(
    code="710",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child with a DoLO can not be placed in secure children's homes, with parents, young "
        "offender institutions, or supported accommodation."
    ),
    guidance=(
        "DfE does not accept a deprivation of liberty order for a child placed in a secure "
        "children's home (K1), with parents (P1), in a young offender institution (R5) or in "
        "supported accommodation (K3): correct the placement type or the order's dates in the "
        "case management system."
    ),
    tables=("DoLo", "Episodes"),
    fields=("DOLO_START", "DOLO_END", "PLACE"),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PLACE AS value FROM ({overlapping_placements()})
        WHERE PLACE IN ('K1', 'P1', 'R5', 'K3')
    """

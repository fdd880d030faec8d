"""709: an order with both dates overlaps an episode whose placement type is not K2,
Z12 or Z13 (the placement types DfE expects during an order). A warning: the
placement is unexpected, not forbidden (710 lists the forbidden ones).

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
    code="709",
    kind="ssda903",
    severity=Severity.WARNING,
    message="Child with a DoLO is in an unexpected placement type.",
    guidance=(
        "Check the placement of the child during the deprivation of liberty order in the case"
        " management system: a child deprived of liberty is expected to be in a children's "
        "home (K2) or one of the placements Z12 or Z13."
    ),
    tables=("DoLo", "Episodes"),
    fields=("DOLO_START", "DOLO_END", "PLACE"),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PLACE AS value FROM ({overlapping_placements()})
        WHERE PLACE IS NULL OR PLACE NOT IN ('K2', 'Z12', 'Z13')
    """

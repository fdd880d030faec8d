"""411: an episode placed IN the authority, but in another authority's area.

DfE's derived fields of an episode, worked out at import from the placement's
full postcode with the ONS Postcode Directory (safeboard.returns
.placement_area): PL_LA, the upper-tier authority the placement is in, and
PL_LOCATION, IN when that is the placing authority, else OUT. An episode
whose PL_LOCATION is IN must have the authority's own code (the rule's
parameter LA_CODE, the workspace's authority) as its PL_LA; a blank PL_LA
with IN is reported too. Only IN is checked, as by DfE and the D2I
validator. Without the authority's code the rule does not run.

Both fields are worked out together, so this reports only an import made for
another authority than the one validating it, or fields edited afterwards.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import LA_CODE, RuleContext
from safeboard.validation.registry import rule


@rule(
    code="411",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement location code disagrees with LA of placement.",
    guidance=(
        "Check the placement's postcode on the episode in the case management system: the "
        "placement is recorded as in the authority's own area but its postcode is in another "
        "authority's. Correct the postcode, and check that the return was imported in the "
        "right authority's workspace."
    ),
    tables=("Episodes",),
    fields=("PL_LOCATION",),
)
def logic(context: RuleContext) -> str | None:
    authority = context.params.get(LA_CODE)
    if not authority:
        return None
    quoted = "'" + authority.replace("'", "''") + "'"
    return f"""
        SELECT _file, _position, child, PL_LOCATION AS value FROM Episodes
        WHERE PL_LOCATION = 'IN' AND PL_LA IS DISTINCT FROM {quoted}
    """

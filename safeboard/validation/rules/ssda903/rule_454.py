"""454: the placement is over 350 miles from the child's home (from 2025-26).

DfE works out the distance between home and placement (PL_DISTANCE) from the
two full postcodes; Safeboard does the same at import with the ONS Postcode
Directory (safeboard.returns.placement_area). A distance over 350 miles is
reported, except 999.9, DfE's own value for a distance it could not work
out. A blank distance (no directory imported, or a postcode missing) is not
judged. DfE added the rule in 2025-26; the logic is the D2I validator's,
whose message adds a note of its own that is left out here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="454",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement distance from home is over 350 miles.",
    guidance=(
        "Check the child's home postcode and the placement's postcode on the episode in the "
        "case management system: a placement over 350 miles away is rare. Correct a wrong "
        "postcode; if the placement really is that far away, no correction is needed."
    ),
    tables=("Episodes",),
    fields=("PL_DISTANCE",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PL_DISTANCE AS value FROM Episodes
        WHERE PL_DISTANCE > 350 AND PL_DISTANCE <> 999.9
    """

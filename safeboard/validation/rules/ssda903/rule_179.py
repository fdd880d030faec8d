"""179: the placement's location (in or out of the authority) cannot be worked out.

DfE derives the placement location (PL_LOCATION, in or out of the placing
authority) from the placement postcode's local authority. As for rule 169,
only the outward code is kept (with whether the postcode was a full one), so
an episode other than a short break whose placement postcode is missing or
not a full postcode fails: its location would be missing.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="179",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement location code is not a valid code.",
    guidance=(
        "Record the placement's full postcode on the episode in the case management system: "
        "DfE works out from it whether the placement is inside or outside the authority."
    ),
    tables=("Episodes",),
    fields=("PL_POST",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, NULL AS value FROM Episodes
        WHERE coalesce(LS, '') NOT IN {SHORT_BREAKS} AND NOT coalesce(PL_POST_VALID, false)
    """

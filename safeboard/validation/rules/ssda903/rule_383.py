"""383: after a temporary placement the child does not return to the usual placement.

For three consecutive episodes of a child (by start date; ties by order in
the file) where the middle one is temporary (T0-T4), the third must be a
change of placement (RNE P) back to the first one's placement type; from
2025-26 also to the same placement postcode (outward code here, as only
that is kept).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE


@rule(
    code="383",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A child in a temporary placement must subsequently return to his/her normal placement."
    ),
    guidance=(
        "Check the episodes around the temporary placement in the case management system: "
        "after it the child returns to the usual placement (the same placement type, RNE P); "
        "otherwise the move was a change of placement, not a temporary one."
    ),
    tables=("Episodes",),
    fields=("PLACE", "RNE", "PL_POST"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    postcode = " OR PL_POST IS DISTINCT FROM before_post" if year >= 2026 else ""
    return f"""
        SELECT _file, _position, child, PLACE AS value FROM (
            SELECT *, lag(PLACE) OVER w AS temporary_place,
                   lag(PLACE, 2) OVER w AS before_place,
                   lag(PL_POST, 2) OVER w AS before_post,
                   row_number() OVER w AS n
            FROM Episodes
            WINDOW w AS (PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}))
        WHERE n > 2 AND temporary_place IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND (RNE IS DISTINCT FROM 'P' OR PLACE IS DISTINCT FROM before_place{postcode})
    """

"""225: a change of placement without the reason for it.

The reason for a placement change is recorded on the episode that ends
(REC X1) when the next episode of the same child (by start date; ties by
order in the file) starts with a change of placement (RNE P, B, T or U).
Moves into or out of temporary placements (T0-T4) need none.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE

TEMPORARY = "('T0', 'T1', 'T2', 'T3', 'T4')"


@rule(
    code="225",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason for placement change must be recorded.",
    guidance=(
        "Record why the placement changed on the episode that ended (the one before the move) "
        "in the case management system."
    ),
    tables=("Episodes",),
    fields=("REASON_PLACE_CHANGE",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, NULL AS value FROM (
            SELECT *,
                   lead(RNE) OVER w AS next_rne,
                   lead(PLACE) OVER w AS next_place,
                   lead(child) OVER w AS next_child
            FROM Episodes
            WINDOW w AS (PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}))
        WHERE next_child IS NOT NULL AND REC = 'X1' AND REASON_PLACE_CHANGE IS NULL
          AND coalesce(PLACE, '') NOT IN {TEMPORARY}
          AND next_rne IN ('P', 'B', 'T', 'U')
          AND coalesce(next_place, '') NOT IN {TEMPORARY}
    """

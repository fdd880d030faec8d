"""226: a reason for placement change given around a temporary placement.

For a temporary placement (T0-T4) neither its own episode nor the episode
before it (the child's previous episode by start date) should carry a
reason for placement change. DfE reworded the message for 2025-26.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE

MESSAGE_TO_2025 = "Reason for placement change is not required."


@rule(
    code="226",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason for placement change is not required for temporary placements.",
    guidance=(
        "Clear the reason for placement change on the temporary placement's episode and on the "
        "episode before it in the case management system: moves into a temporary placement "
        "are not placement changes."
    ),
    tables=("Episodes",),
    fields=("REASON_PLACE_CHANGE", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    message = "NULL" if year >= 2026 else sql_literal(MESSAGE_TO_2025)
    return f"""
        SELECT _file, _position, child, coalesce(REASON_PLACE_CHANGE, previous_reason) AS value,
               {message} AS message
        FROM (
            SELECT *, lag(REASON_PLACE_CHANGE) OVER (
                PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}) AS previous_reason
            FROM Episodes)
        WHERE PLACE IN ('T0', 'T1', 'T2', 'T3', 'T4')
          AND (REASON_PLACE_CHANGE IS NOT NULL OR previous_reason IS NOT NULL)
    """

"""SW10STG2: a new social worker episode that does not follow on from the previous one.

Ordered by start, each social worker episode of a child must start within
seven days either side of the previous one's end, when that end is given
(an open previous episode is SW08STG2's concern; the D2I validator reports
it here too, which DfE's "if present" does not ask). From 2024-25, DfE's
second version, an episode whose reason is first contact (FCONTA) is not
checked. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ORDER_IN_FILE


@rule(
    code="SW10STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A new social worker episode has started before the end date of the previous social "
        "worker episode."
    ),
    guidance=(
        "Correct the dates so the new social worker episode starts when the previous one "
        "ended (within a week)."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    fconta = " AND coalesce(SW_REASON, '') <> 'FCONTA'" if context.collection_year >= 2025 else ""
    return f"""
        WITH ordered AS (
            SELECT *, lag(SW_DEC) OVER (
                PARTITION BY child ORDER BY SW_DECOM, SW_DEC, {ORDER_IN_FILE}) AS previous_dec
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        SELECT _file, _position, child, CAST(SW_DECOM AS VARCHAR) AS value FROM ordered
        WHERE previous_dec IS NOT NULL{fconta}
          AND abs(datediff('day', previous_dec, SW_DECOM)) > 7
    """

"""SW10aSTG2: a new social worker episode not within seven days of the previous one (2025-26).

As SW10STG2 from 2024-25: ordered by start, an episode whose reason is not
first contact (FCONTA; a blank reason is checked) must start within seven
days either side of the previous episode's end, when given. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ORDER_IN_FILE


@rule(
    code="SW10aSTG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A new social worker episode has started and it is not within +/- 7 days of a "
        "previous episode."
    ),
    guidance=(
        "Correct the dates so the new social worker episode starts when the previous one "
        "ended (within a week), or record first contact as the reason if the child was new to "
        "the service."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH ordered AS (
            SELECT *, lag(SW_DEC) OVER (
                PARTITION BY child ORDER BY SW_DECOM, SW_DEC, {ORDER_IN_FILE}) AS previous_dec
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        SELECT _file, _position, child, CAST(SW_DECOM AS VARCHAR) AS value FROM ordered
        WHERE previous_dec IS NOT NULL AND coalesce(SW_REASON, '') <> 'FCONTA'
          AND abs(datediff('day', previous_dec, SW_DECOM)) > 7
    """

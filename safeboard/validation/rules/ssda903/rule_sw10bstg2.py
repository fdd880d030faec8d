"""SW10bSTG2: a first-contact social worker episode starting before the previous one ended (2025-26).

Ordered by start, an episode whose reason is first contact (FCONTA) must
start after the previous episode's end (when given). Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ORDER_IN_FILE


@rule(
    code="SW10bSTG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A new social worker episode has started with a reason of first contact before the "
        "previous episode has ended."
    ),
    guidance=(
        "Check the reason and dates: a first contact starts after the previous social worker "
        "episode ended; otherwise record the real reason for the change."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM", "SW_REASON"),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH ordered AS (
            SELECT *, lag(SW_DEC) OVER (
                PARTITION BY child ORDER BY SW_DECOM, SW_DEC, {ORDER_IN_FILE}) AS previous_dec
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        SELECT _file, _position, child, CAST(SW_DECOM AS VARCHAR) AS value FROM ordered
        WHERE SW_REASON = 'FCONTA' AND SW_DECOM <= previous_dec
    """

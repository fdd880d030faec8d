"""SW19STG2: two social worker episodes of a child starting on the same date (2025-26).

Each of a child's social worker episodes starts on its own date; the second
and later episodes (in file order) starting on a date already used fail.
Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ORDER_IN_FILE


@rule(
    code="SW19STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message="There are 2 social worker episodes for the child starting on the same date.",
    guidance=(
        "Keep one social worker episode for that start date: remove the duplicate or correct "
        "its date."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC", "SW_DECOM"),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(SW_DECOM AS VARCHAR) AS value FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child, SW_DECOM ORDER BY {ORDER_IN_FILE}) AS copy
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        WHERE copy > 1
    """

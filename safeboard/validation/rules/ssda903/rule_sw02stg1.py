"""SW02STG1: the social worker's identifier does not begin with SW or XX.

SW_ID is the worker's Social Work England number (SW...) or XX... for a
worker without one; a blank fails too. From 2025-26 it must also be at
least four characters long. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW02STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Social worker ID does not begin with the characters ‘SW’ or ‘XX’.",
    guidance=(
        "Record the social worker's Social Work England registration number (beginning SW), "
        "or an identifier beginning XX for a worker without one, in the case management "
        "system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_ID",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    too_short = " OR length(SW_ID) < 4" if context.collection_year >= 2026 else ""
    return f"""
        SELECT _file, _position, child, NULL AS value FROM SWEpisodes
        WHERE SW_ID IS NULL OR left(SW_ID, 2) NOT IN ('SW', 'XX'){too_short}
    """

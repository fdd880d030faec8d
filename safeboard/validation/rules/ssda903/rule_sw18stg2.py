"""SW18STG2: a social worker episode ending before (or when) it starts (2025-26).

SW_DEC, when given with SW_DECOM, must be after it. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW18STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The end date of the social worker episode is before the start date",
    guidance=(
        "Correct the dates the social worker episode began and ended in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC", "SW_DECOM"),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(SW_DEC AS VARCHAR) AS value FROM SWEpisodes
        WHERE SW_DEC IS NOT NULL AND SW_DECOM IS NOT NULL AND SW_DEC <= SW_DECOM
    """

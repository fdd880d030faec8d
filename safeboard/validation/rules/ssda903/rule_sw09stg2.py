"""SW09STG2: a social worker episode that lasted less than a day (or, from 2025-26, three).

A social worker episode ending on the day it began fails; from 2025-26,
DfE's second version, one lasting less than three days fails (an end
before the start too, which SW18STG2 also reports). Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW09STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Social worker episode appears to have lasted for less than 24 hours.",
    guidance=(
        "Check the dates the social worker episode began and ended; a worker allocated for "
        "less than a day is usually a recording error."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM", "SW_DEC"),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    short = (
        "datediff('day', SW_DECOM, SW_DEC) < 3"
        if context.collection_year >= 2026
        else ("SW_DEC = SW_DECOM")
    )
    return f"""
        SELECT _file, _position, child, CAST(SW_DEC AS VARCHAR) AS value FROM SWEpisodes
        WHERE SW_DEC IS NOT NULL AND SW_DECOM IS NOT NULL AND {short}
    """

"""SW06STG2: a social worker episode starting after the collection year.

SW_DECOM may not be after 31 March that closes the year. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_end


@rule(
    code="SW06STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Social worker episode data should be within the social worker data reporting year."),
    guidance=(
        "Correct the date the social worker episode began, or leave an episode that starts "
        "after 31 March out of this year's return."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, CAST(SW_DECOM AS VARCHAR) AS value FROM SWEpisodes
        WHERE SW_DECOM > {year_end(context)}
    """

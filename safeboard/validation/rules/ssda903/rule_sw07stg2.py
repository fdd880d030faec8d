"""SW07STG2: a social worker episode ending outside the reporting period.

SW_DEC, when given, must be in the social worker reporting period: the
collection year in 2023-24; from 2024-25, DfE's second version, the period
starts a year earlier (1 April of the previous year). Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import sql_date, year_end


@rule(
    code="SW07STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Social worker episode end date should be on or after the start of the social worker "
        "reporting period, and should be on or before the collection end date."
    ),
    guidance=(
        "Correct the date the social worker episode ended; leave out episodes that ended "
        "before the reporting period."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    year = context.collection_year
    first = date(year - 1 if year == 2024 else year - 2, 4, 1)
    return f"""
        SELECT _file, _position, child, CAST(SW_DEC AS VARCHAR) AS value FROM SWEpisodes
        WHERE SW_DEC < {sql_date(first)} OR SW_DEC > {year_end(context)}
    """

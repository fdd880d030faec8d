"""SW11bSTG2: a social worker episode ended in the last five days of the year with none following.

A social worker episode that ended in the five days up to 31 March must be
followed by another of the same child (one starting after it did).
Reported on the ended episode. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_end


@rule(
    code="SW11bSTG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Social worker episode has ended before 31 March and no subsequent social worker "
        "episode has been provided."
    ),
    guidance=(
        "Record the social worker episode that followed (the new worker's allocation), or "
        "correct the end date if the worker stayed."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    end = year_end(context)
    return f"""
        SELECT s._file, s._position, s.child, CAST(s.SW_DEC AS VARCHAR) AS value
        FROM SWEpisodes AS s
        WHERE s.SW_DEC BETWEEN CAST({end} - INTERVAL 5 DAY AS DATE) AND {end}
          AND NOT EXISTS (
              SELECT 1 FROM SWEpisodes AS n
              WHERE n.child = s.child AND n._position <> s._position
                AND n.SW_DECOM > s.SW_DECOM)
    """

"""SW12STG2: an episode starting or ending care with no social worker episode for it.

An episode that starts a period of care (RNE S) needs a social worker
episode starting on or after it began; one that ends care (REC given and
not X1) needs a social worker episode starting on or before it ended.
Short breaks (LS V3 or V4) are not checked; from 2024-25, DfE's second
version, only episodes open or ended from 1 April of the previous year are.
Reported on the episode. The D2I validator reports an episode when any one
social worker episode of the child fails both tests, and every open episode
that does not start care; DfE asks for a social worker episode, which is
what this checks. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import SHORT_BREAKS, sql_date, year_end


@rule(
    code="SW12STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If a child is looked after on 31 March then all social worker episodes for the full "
        "previous year should be reported, even those whilst they were not looked after"
    ),
    guidance=(
        "Record every social worker episode of the child's time in care this year (and last "
        "year), including the allocation when care started or ended."
    ),
    tables=("Episodes", "SWEpisodes"),
    fields=("SW_DECOM",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    year = context.collection_year
    window = ""
    if year >= 2025:
        window = (
            f"AND (e.DEC IS NULL OR e.DEC BETWEEN {sql_date(date(year - 2, 4, 1))} "
            f"AND {year_end(context)})"
        )
    return f"""
        SELECT e._file, e._position, e.child, NULL AS value FROM Episodes AS e
        WHERE (e.LS IS NULL OR e.LS NOT IN {SHORT_BREAKS}) {window}
          AND ((e.RNE = 'S' AND NOT EXISTS (
                    SELECT 1 FROM SWEpisodes AS s
                    WHERE s.child = e.child AND s.SW_DECOM >= e.DECOM))
            OR (e.REC IS NOT NULL AND e.REC <> 'X1' AND e.DEC IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM SWEpisodes AS s
                    WHERE s.child = e.child AND s.SW_DECOM <= e.DEC)))
    """

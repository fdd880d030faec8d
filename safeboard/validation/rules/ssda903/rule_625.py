"""625: the first child born after the year's end or after the mother left care.

MC_DOB may not be after 31 March that closes the collection year, nor after
the end (DEC) of the child's latest episode (by start date) when that episode
has ended. MC_DOB is kept to its month, so a birth in the very month the
episode ended is given the benefit of the doubt. The D2I validator compares
with the latest end date of any episode, even when a later episode is still
open; DfE's "latest episode" is the last one, which is what this follows.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST, year_end


@rule(
    code="625",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of birth of the first child is beyond the end of this reporting year or the "
        "date the child ceased to be looked after."
    ),
    guidance=(
        "Correct the first child's date of birth, or the date the young woman's last episode "
        "of care ended, in the case management system."
    ),
    tables=("Header", "Episodes"),
    fields=("MC_DOB", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        WITH latest AS (
            SELECT child, DEC FROM (
                SELECT child, DEC, row_number() OVER (
                    PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1)
        SELECT h._file, h._position, h.child, CAST(h.MC_DOB AS VARCHAR) AS value
        FROM Header AS h LEFT JOIN latest AS l ON l.child = h.child
        WHERE h.MC_DOB > {year_end(context)} OR h.MC_DOB > l.DEC
    """

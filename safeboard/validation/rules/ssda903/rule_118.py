"""118: a decision to stop planning adoption dated before the year or before care began.

DATE_PLACED_CEASED, where given, may not be before 1 April of the collection
year (an earlier reversal belongs to an earlier return), nor before the
start of the child's earliest episode that is not a short break (LS V3/V4).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS, year_start


@rule(
    code="118",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that a child should no longer be placed for adoption is before the "
        "current collection year or before the date the child started to be looked after."
    ),
    guidance=(
        "Check the date of the decision that the child should no longer be placed for adoption "
        "in the case management system: it must be in this collection year and after the child "
        "started to be looked after. Correct the date, or leave the reversal out if it was "
        "reported in an earlier year."
    ),
    tables=("PlacedAdoption", "Episodes"),
    fields=("DATE_PLACED_CEASED", "DECOM", "LS"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        WITH first_start AS (
            SELECT child, min(DECOM) AS DECOM FROM Episodes
            WHERE coalesce(LS, '') NOT IN {SHORT_BREAKS} GROUP BY child
        )
        SELECT p._file, p._position, p.child, CAST(p.DATE_PLACED_CEASED AS VARCHAR) AS value
        FROM PlacedAdoption AS p LEFT JOIN first_start AS e ON e.child = p.child
        WHERE p.DATE_PLACED_CEASED < {year_start(context)} OR p.DATE_PLACED_CEASED < e.DECOM
    """

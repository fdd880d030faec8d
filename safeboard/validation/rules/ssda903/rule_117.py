"""117: a placement-for-adoption decision dated after the year or after care ended.

DATE_PLACED and DATE_PLACED_CEASED, where given, may not be after 31 March
of the collection year, nor after the date the child's latest episode ended
(the latest episode by start date whose REC is not X1, that is the end of
the last period of care). An open latest episode sets no limit but the
year's end. Unlike the D2I validator, a child with no such episode is still
checked against the year's end.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import LAST_IN_FILE_FIRST, year_end


@rule(
    code="117",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that a child should/should no longer be placed for adoption is "
        "beyond the current collection year or after the child ceased to be looked after."
    ),
    guidance=(
        "Check the dates of the decisions to place the child for adoption (and to stop) in the "
        "case management system: they cannot be after 31 March of this year nor after the "
        "child left care. Correct the decision date or the episode's end date."
    ),
    tables=("PlacedAdoption", "Episodes"),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = year_end(context)
    return f"""
        WITH last_ended AS (
            SELECT child, DEC FROM (
                SELECT child, DEC, row_number() OVER (
                    PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM Episodes WHERE coalesce(REC, '') <> 'X1' AND DECOM IS NOT NULL)
            WHERE n = 1
        )
        SELECT p._file, p._position, p.child,
               CAST(coalesce(p.DATE_PLACED_CEASED, p.DATE_PLACED) AS VARCHAR) AS value
        FROM PlacedAdoption AS p LEFT JOIN last_ended AS e ON e.child = p.child
        WHERE p.DATE_PLACED > {end} OR p.DATE_PLACED_CEASED > {end}
           OR p.DATE_PLACED > e.DEC OR p.DATE_PLACED_CEASED > e.DEC
    """

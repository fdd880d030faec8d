"""205A: UASC last year, not this year, but last year's return gave no cessation in that year.

In the CSV return a child is UASC in a year when the UASC file of that year
holds the child. A child in this year's Header who was in last year's UASC
file (prev_UASC) but is not in this year's stopped being UASC last year, so
last year's DUC must fall within last year's collection year. The finding is
on this year's Header row.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_date


@rule(
    code="205A",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child identified as UASC last year is no longer UASC this year, but date UASC ceased "
        "in both years does not support this."
    ),
    guidance=(
        "Check the child's UASC status in the case management system: if it continues, include "
        "the child in this year's UASC file; if it ended last year, the date it ceased must be "
        "in last year's return (amend it with DfE)."
    ),
    tables=("Header", "UASC", "prev_UASC"),
    fields=("DUC",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    last_start, last_end = sql_date(date(year - 2, 4, 1)), sql_date(date(year - 1, 3, 31))
    return f"""
        SELECT h._file, h._position, h.child, CAST(p.DUC AS VARCHAR) AS value
        FROM Header AS h JOIN prev_UASC AS p ON p.child = h.child
        WHERE h.child NOT IN (SELECT child FROM UASC)
          AND (p.DUC IS NULL OR p.DUC NOT BETWEEN {last_start} AND {last_end})
    """

"""545: no health promotion information for a child under 5, looked after 12 months.

OC2's HEALTH_CHECK (development assessments up to date) must be completed
for every child under 5 on 31 March who had been looked after continuously
for the 12 months to then (see _dfe_mid.continuously_looked_after). Age at a
month's end is exact from the stored birth month.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    continuously_looked_after,
    surely_under,
    year_end,
)


@rule(
    code="545",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is aged under 5 at 31 March and has been looked after continuously for 12 months "
        "yet health promotion information has not been completed."
    ),
    guidance=(
        "Record in the case management system whether the child's development assessments are "
        "up to date (0 or 1) for this child's OC2 record."
    ),
    tables=("Episodes", "OC2"),
    fields=("DOB", "HEALTH_CHECK"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value, 'OC2' AS "table"
        FROM OC2
        WHERE HEALTH_CHECK IS NULL AND {surely_under("DOB", 5, year_end(context))}
          AND child IN ({continuously_looked_after(context)})
    """

"""705: a DoLO starts while the child's previous one is still open.

The child's orders in order of start (ties in file order): each one after the
first must start on or after the end of the one before it; reported when the
one before has no end date, or ends after this one starts. An order starting
on the day the previous ended is not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ORDER_IN_FILE
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="705",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A DoLO cannot start when the previous DoLO is still open.",
    guidance=(
        "Record the end date of the child's earlier deprivation of liberty order in the case "
        "management system, or correct the start of the later one."
    ),
    tables=("DoLo",),
    fields=("DOLO_START", "DOLO_END"),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DOLO_START AS VARCHAR) AS value
        FROM (
            SELECT *,
                   LAG(DOLO_END) OVER w AS previous_end,
                   ROW_NUMBER() OVER w AS number
            FROM DoLo
            WHERE DOLO_START IS NOT NULL
            WINDOW w AS (PARTITION BY child ORDER BY DOLO_START, {ORDER_IN_FILE})
        )
        WHERE number > 1 AND (previous_end IS NULL OR previous_end > DOLO_START)
    """

"""574: missing or away periods that overlap.

A child's missing or away periods, taken by start date, cannot overlap: each
must start on or after the end of every earlier one, and none can start
while an earlier one is still open (no MIS_END). A period may start on the
day the previous one ended.

The D2I validator compares each period with the one before it only; here a
long earlier period that contains several later ones is caught for each.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ORDER_IN_FILE


@rule(
    code="574",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A new missing/away from placement without authorisation period cannot start when the "
        "previous missing/away from placement without authorisation period is still open. "
        "Missing/away from placement without authorisation periods should also not overlap."
    ),
    guidance=(
        "Check the child's missing and away periods in the case management system: end the "
        "earlier period on or before the day the next one starts, or merge periods recorded "
        "twice."
    ),
    tables=("Missing",),
    fields=("MIS_START", "MIS_END"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(MIS_START AS VARCHAR) AS value
        FROM (
            SELECT *, max(coalesce(MIS_END, DATE '9999-12-31')) OVER (
                       PARTITION BY child ORDER BY MIS_START, {ORDER_IN_FILE}
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end
            FROM Missing WHERE MIS_START IS NOT NULL)
        WHERE MIS_START < earlier_end
    """

"""574: missing or away periods that overlap.

A child's missing or away periods, taken by start date, cannot overlap: each
must start on or after the day the previous one ended, and cannot start
while the previous one is still open (no MIS_END). The later period of each
overlapping pair is reported, so one period recorded too long is reported
once, on the period after it.

The D2I validator takes the periods in order of their end dates (an open one
by its start) and reports the later of each pair in that order; with a
period that spans others the two orders report different rows of the same
fault.
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
            SELECT *, lag(coalesce(MIS_END, DATE '9999-12-31')) OVER (
                       PARTITION BY child ORDER BY MIS_START, {ORDER_IN_FILE}) AS previous_end
            FROM Missing WHERE MIS_START IS NOT NULL)
        WHERE MIS_START < previous_end
    """

"""704: a DoLO ends outside the collection year (before 1 April or after 31 March).

An order that ended before the year began does not belong in this year's
return; one ending after 31 March cannot have ended yet.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_end, year_start
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="704",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the DoLO ended is before the start or after the end of the collection year."
    ),
    guidance=(
        "Check the end date of the deprivation of liberty order in the case management "
        "system: leave it blank if the order was still in force on 31 March, and leave out "
        "an order that ended before 1 April."
    ),
    tables=("DoLo",),
    fields=("DOLO_END",),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOLO_END AS VARCHAR) AS value FROM DoLo
        WHERE DOLO_END < {year_start(context)} OR DOLO_END > {year_end(context)}
    """

"""700: a DoLO's start date is missing or not a valid date.

A DOLO_START that did not parse as a date is stored empty and listed in the
view ``unparsed``; a blank one is empty too. Both are reported, with the
value as written when there was one.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="700",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The start date of the DoLO is not a valid date.",
    guidance=(
        "Record the date the deprivation of liberty order started as DD/MM/YYYY in the case "
        "management system."
    ),
    tables=("DoLo",),
    fields=("DOLO_START",),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT d._file, d._position, d.child, u.value FROM DoLo AS d
        LEFT JOIN unparsed AS u
          ON u.table_name = 'DoLo' AND u.field = 'DOLO_START' AND u._position = d._position
        WHERE d.DOLO_START IS NULL
    """

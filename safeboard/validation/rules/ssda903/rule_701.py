"""701: a DoLO's end date is given but is not a valid date.

A blank DOLO_END is an order still in force; only a value that did not parse
as a date (the view ``unparsed``) fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="701",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The end date of the DoLO is not a valid date.",
    guidance=(
        "Record the date the deprivation of liberty order ended as DD/MM/YYYY in the case "
        "management system, or leave it blank while the order is in force."
    ),
    tables=("DoLo",),
    fields=("DOLO_END",),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = 'DoLo' AND field = 'DOLO_END'
    """

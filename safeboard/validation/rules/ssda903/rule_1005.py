"""1005: the end of a missing or away-from-placement episode is not a valid date.

MIS_END may be blank (the child has not returned), but when given it must
be a date: a value that was not a date when read fails (the ``unparsed``
values).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import unparsed_values


@rule(
    code="1005",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The end date of the missing episode or episode that the child was away from "
        "placement without authorisation is not a valid date."
    ),
    guidance=(
        "Record the date the child returned as DD/MM/YYYY in the case management system, or "
        "leave it blank if the child has not returned."
    ),
    tables=("Missing",),
    fields=("MIS_END",),
)
def logic(context: RuleContext) -> str:
    return unparsed_values("Missing", "MIS_END")

"""702: a DoLO ends before it starts.

Reported when DOLO_END is before DOLO_START. An order that starts and ends on
the same day is not reported: DfE's message is "before". (The D2I validator
reports the same day too.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="702",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The date that the DoLO ended is before the date that it started.",
    guidance=(
        "Check both dates of the deprivation of liberty order in the case management system: "
        "the end cannot come before the start."
    ),
    tables=("DoLo",),
    fields=("DOLO_START", "DOLO_END"),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DOLO_END AS VARCHAR) AS value FROM DoLo
        WHERE DOLO_END < DOLO_START
    """

"""567: a missing period ends before it starts.

MIS_END must be on or after MIS_START of the same Missing record.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="567",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the missing episode or episode that the child was away from "
        "placement without authorisation ended is before the date that it started."
    ),
    guidance=(
        "Correct the start or end date of this missing or away period in the case "
        "management system."
    ),
    tables=("Missing",),
    fields=("MIS_START", "MIS_END"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(MIS_END AS VARCHAR) AS value
        FROM Missing
        WHERE MIS_END < MIS_START
    """

"""565: a missing period's start date without saying missing or away.

A Missing record with a start date (MIS_START) must say whether the child
was missing (M) or away from placement without authorisation (A).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="565",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the child started to be missing or away from placement without "
        "authorisation has been completed but whether the child was missing or away from "
        "placement without authorisation has not been completed."
    ),
    guidance=(
        "Record in the case management system whether the child was missing (M) or away "
        "from placement without authorisation (A) for this period."
    ),
    tables=("Missing",),
    fields=("MISSING", "MIS_START"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(MIS_START AS VARCHAR) AS value
        FROM Missing
        WHERE MIS_START IS NOT NULL AND MISSING IS NULL
    """

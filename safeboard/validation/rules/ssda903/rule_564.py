"""564: a missing or away period without a start date.

A Missing record saying the child was missing (M) or away from placement
without authorisation (A) needs the date it started (MIS_START). The
code is read in either case, as the D2I validator does.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="564",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child was missing or away from placement without authorisation and the date "
        "started is blank."
    ),
    guidance=(
        "Record the date the child went missing or away from placement in the case "
        "management system."
    ),
    tables=("Missing",),
    fields=("MISSING", "MIS_START"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, MISSING AS value
        FROM Missing
        WHERE upper(MISSING) IN ('M', 'A') AND MIS_START IS NULL
    """

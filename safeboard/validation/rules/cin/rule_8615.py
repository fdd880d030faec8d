"""8615: a section 47 enquiry with an initial conference started on or before it.

Where a Section47 group has a date of initial child protection conference,
it also has the enquiry's start date, on or before the conference.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8615",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Section 47 Enquiry Start Date must be present and cannot be later than the date of "
        "the initial Child Protection Conference"
    ),
    guidance=(
        "Record the date the section 47 enquiry started in the case management system, on or "
        "before the date of the initial child protection conference (or correct the "
        "conference date)."
    ),
    tables=("section47",),
    fields=("S47ActualStartDate", "DateOfInitialCPC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child,
               coalesce(CAST(S47ActualStartDate AS VARCHAR), '(none)') || ' > '
               || CAST(DateOfInitialCPC AS VARCHAR) AS value
        FROM section47
        WHERE DateOfInitialCPC IS NOT NULL
          AND (S47ActualStartDate IS NULL OR S47ActualStartDate > DateOfInitialCPC)
    """

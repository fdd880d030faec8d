"""8841: a child protection plan's reviews come after the plan started.

No CPPreviewDate of a ChildProtectionPlans group may be on or before that
plan's CPPstartDate. Each such review is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8841",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "The review date cannot be on the same day or before the Child protection Plan start date."
    ),
    guidance=(
        "Correct the review's date or the plan's start date in the case management system, "
        "or move the review to the plan it belongs to."
    ),
    tables=("cp_review", "cp_plan"),
    fields=("CPPstartDate", "CPPreviewDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT r._file, r._position, r.child, CAST(r.CPPreviewDate AS VARCHAR) AS value
        FROM cp_review AS r
        JOIN cp_plan AS p USING (child, episode, cp_plan)
        WHERE r.CPPreviewDate <= p.CPPstartDate
    """

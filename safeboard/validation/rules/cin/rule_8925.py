"""8925: a child protection plan cannot end before it started."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8925",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan End Date earlier than Start Date",
    guidance=(
        "Correct the plan's start or end date in the case management system so that it ends "
        "after it started."
    ),
    tables=("cp_plan",),
    fields=("CPPstartDate", "CPPendDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child,
               CAST(CPPendDate AS VARCHAR) || ' < ' || CAST(CPPstartDate AS VARCHAR) AS value
        FROM cp_plan
        WHERE CPPendDate < CPPstartDate
    """

"""8840: a child protection plan cannot start and end on the same day."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8840",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan cannot start and end on the same day",
    guidance=(
        "Correct the plan's start or end date in the case management system; if the plan "
        "never took effect, remove it from the child's record."
    ),
    tables=("cp_plan",),
    fields=("CPPstartDate", "CPPendDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CPPstartDate AS VARCHAR) AS value
        FROM cp_plan
        WHERE CPPstartDate = CPPendDate
    """

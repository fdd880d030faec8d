"""8935: a child has at most one open child protection plan.

A plan is open when it has no end date. Where a child has two or more open
plans, in any of its episodes, each of them is reported. (The D2I validator
counts open plans per child and plan number, a number that restarts in each
episode, so it misses two open plans in one episode and counts plans of
different episodes together only when they share a number.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8935",
    kind="cin",
    severity=Severity.ERROR,
    message="This child is showing more than one open Child Protection plan, i.e. with no End Date",
    guidance=(
        "End the earlier child protection plan in the case management system (on the day the "
        "next one started, or when it ended), so that the child has one open plan."
    ),
    tables=("cp_plan",),
    fields=("CPPendDate",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CPPstartDate AS VARCHAR) AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child) AS open_plans
            FROM cp_plan
            WHERE CPPendDate IS NULL
        )
        WHERE open_plans > 1
    """

"""8920: a child protection plan cannot end after the child died.

A plan ends on or before the child's date of death (on the day, at the
latest).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8920",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan cannot end after the child’s Date of Death",
    guidance=(
        "End the plan on or before the child's date of death in the case management system, "
        "or correct the date of death."
    ),
    tables=("cp_plan", "child"),
    fields=("CPPendDate", "PersonDeathDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.CPPendDate AS VARCHAR) AS value
        FROM cp_plan AS p
        WHERE EXISTS (
            SELECT 1 FROM child AS c
            WHERE c.child = p.child AND p.CPPendDate > c.PersonDeathDate
        )
    """

"""8915: a child protection plan cannot start after the child died."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8915",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan shown as starting after the child’s Date of Death",
    guidance=(
        "Check the plan's start date and the child's date of death in the case management "
        "system and correct whichever is wrong."
    ),
    tables=("cp_plan", "child"),
    fields=("CPPstartDate", "PersonDeathDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS p
        WHERE EXISTS (
            SELECT 1 FROM child AS c
            WHERE c.child = p.child AND p.CPPstartDate > c.PersonDeathDate
        )
    """

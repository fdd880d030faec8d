"""8730: every child protection plan says how many plans the child had before.

NumberOfPreviousCPP is present and zero or more (0, no earlier plan, is
valid and common). A value that is not a whole number is reported by the
import itself and stored empty, so it is missing here too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8730",
    kind="cin",
    severity=Severity.ERROR,
    message="Total Number of previous Child Protection Plans missing",
    guidance=(
        "Record on the child protection plan how many child protection plans the child had "
        "before this one (0 if none) in the case management system."
    ),
    tables=("cp_plan",),
    fields=("NumberOfPreviousCPP",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(NumberOfPreviousCPP AS VARCHAR) AS value
        FROM cp_plan
        WHERE NumberOfPreviousCPP IS NULL OR NumberOfPreviousCPP < 0
    """

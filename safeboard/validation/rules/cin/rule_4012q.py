"""4012Q: a CIN plan starting and ending on the same day.

A CIN plan lasting no time at all is probably a recording error.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4012Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: CIN Plan shown as starting and "
        "ending on the same day"
    ),
    guidance=(
        "In the case management system, check the CIN plan's dates: correct them, or remove "
        "a plan recorded by mistake; if the plan really lasted one day, give DfE the reason."
    ),
    tables=("cin_plan",),
    fields=("CINPlanStartDate", "CINPlanEndDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan
        WHERE CINPlanStartDate = CINPlanEndDate
    """

"""4011: a CIN plan ending before it started.

Where a CIN plan has an end date, it is on or after the start date.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4011",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Plan End Date earlier than Start Date",
    guidance=(
        "In the case management system, check the CIN plan's start and end dates: one of "
        "them is wrong (or the two have been swapped)."
    ),
    tables=("cin_plan",),
    fields=("CINPlanEndDate", "CINPlanStartDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINPlanEndDate AS VARCHAR) AS value
        FROM cin_plan
        WHERE CINPlanEndDate < CINPlanStartDate
    """

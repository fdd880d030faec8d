"""4004: more than one open CIN plan.

Within one CIN episode only one CIN plan may be without an end date. When
there are more, each open one is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4004",
    kind="cin",
    severity=Severity.ERROR,
    message="This child is showing more than one open CIN Plan, i.e. with no End Date",
    guidance=(
        "In the case management system, record the end date of the CIN plans that have "
        "finished, leaving only the current one open."
    ),
    tables=("cin_plan",),
    fields=("CINPlanEndDate",),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(CINPlanStartDate AS VARCHAR) AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child, episode) AS open_plans
            FROM cin_plan
            WHERE CINPlanEndDate IS NULL
        )
        WHERE open_plans > 1
    """

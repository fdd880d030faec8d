"""4001: an open CIN plan beside an open child protection plan.

Within one CIN episode, when a child protection plan has no end date, no
CIN plan may be open (a start date and no end date) as well: a child on a
child protection plan is not also on a CIN plan. The open CIN plans are
reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM


@rule(
    code="4001",
    kind="cin",
    severity=Severity.ERROR,
    message="A CIN Plan cannot run concurrently with a Child Protection Plan",
    guidance=(
        "In the case management system, end the CIN plan on the day the child protection "
        "plan started (or end the child protection plan if it has finished)."
    ),
    tables=("cin_plan", "cp_plan"),
    fields=("CINPlanEndDate", "CPPendDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT c._file, c._position, c.child, CAST(c.CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan AS c
        WHERE c.CINPlanStartDate IS NOT NULL AND c.CINPlanEndDate IS NULL
          AND EXISTS (
              SELECT 1 FROM cp_plan AS p
              WHERE p.child = c.child AND p.episode = c.episode AND p.CPPendDate IS NULL
          )
    """

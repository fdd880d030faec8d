"""4017: a child protection plan starting while a CIN plan is open.

A child protection plan's start date may not fall within any of the child's
CIN plans: on or after its start and before its end or, for a CIN plan with
no end, up to the ReferenceDate. A child protection plan starting the day a
CIN plan ends follows it, and passes.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM, census_end, sql_date


@rule(
    code="4017",
    kind="cin",
    severity=Severity.ERROR,
    message="A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    guidance=(
        "In the case management system, end the CIN plan on the day the child protection "
        "plan started."
    ),
    tables=("cp_plan", "cin_plan"),
    fields=("CINPlanStartDate", "CINPlanEndDate", "CPPstartDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT p._file, p._position, p.child, CAST(p.CPPstartDate AS VARCHAR) AS value
        FROM cp_plan AS p
        WHERE EXISTS (
            SELECT 1 FROM cin_plan AS c
            WHERE c.child = p.child
              AND p.CPPstartDate >= c.CINPlanStartDate
              AND (p.CPPstartDate < c.CINPlanEndDate
                   OR (c.CINPlanEndDate IS NULL AND p.CPPstartDate <= {end}))
        )
    """

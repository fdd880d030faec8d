"""4016: a CIN plan starting while a child protection plan is open.

A CIN plan's start date may not fall within any of the child's child
protection plans: on or after its start and before its end or, for a plan
with no end, up to the ReferenceDate. A CIN plan starting the day a child
protection plan ends follows it, and passes.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM, census_end, sql_date


@rule(
    code="4016",
    kind="cin",
    severity=Severity.ERROR,
    message="A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    guidance=(
        "In the case management system, start the CIN plan no earlier than the day the "
        "child protection plan ended (or record the child protection plan's end date)."
    ),
    tables=("cin_plan", "cp_plan"),
    fields=("CINPlanStartDate", "CPPstartDate", "CPPendDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT c._file, c._position, c.child, CAST(c.CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan AS c
        WHERE EXISTS (
            SELECT 1 FROM cp_plan AS p
            WHERE p.child = c.child
              AND c.CINPlanStartDate >= p.CPPstartDate
              AND (c.CINPlanStartDate < p.CPPendDate
                   OR (p.CPPendDate IS NULL AND c.CINPlanStartDate <= {end}))
        )
    """

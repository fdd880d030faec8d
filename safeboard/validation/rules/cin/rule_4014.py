"""4014: two CIN plans of one child overlap.

A CIN plan's start date may not fall within another of the child's CIN plans:
from that plan's start to its end inclusive or, for a plan with no end, from
its start to the ReferenceDate. The plan that starts within the other is
reported (both, when they start the same day). A plan starting the day
another ends overlaps it by that day.

A plan is told from another by its place (file, child, episode and plan
number), not by its position alone: a file written on one line gives all of
a child's plans the same position.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM, census_end, sql_date


@rule(
    code="4014",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Plan data contains overlapping dates",
    guidance=(
        "In the case management system, end the earlier CIN plan before the later one "
        "starts, or remove a plan recorded twice."
    ),
    tables=("cin_plan",),
    fields=("CINPlanStartDate", "CINPlanEndDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT a._file, a._position, a.child, CAST(a.CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan AS a
        WHERE a.CINPlanStartDate IS NOT NULL
          AND EXISTS (
              SELECT 1 FROM cin_plan AS b
              WHERE b.child = a.child
                -- Another plan: a file written on one line gives its plans one position.
                AND (b.episode, b.cin_plan, b._position, b._file)
                    IS DISTINCT FROM (a.episode, a.cin_plan, a._position, a._file)
                AND a.CINPlanStartDate >= b.CINPlanStartDate
                AND a.CINPlanStartDate <= coalesce(b.CINPlanEndDate, {end})
          )
    """

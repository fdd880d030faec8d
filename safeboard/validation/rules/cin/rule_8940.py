"""8940: a child's child protection plans do not overlap.

Where a child has more than one plan, no plan's start date may fall on or
between another plan's start and end dates or, where that one has no end
date, its start date and the ReferenceDate. "Within" includes the end day,
as in the D2I validator. The plan that starts inside another is reported.
(The D2I validator skips pairs sharing a plan number, which restarts in
each episode; here every other plan of the child is compared.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8940",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan data contains overlapping dates",
    guidance=(
        "Correct the start and end dates of the child's child protection plans in the case "
        "management system so that each one ends before the next starts (or remove a plan "
        "entered twice)."
    ),
    tables=("cp_plan",),
    fields=("CPPstartDate", "CPPendDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CPPstartDate AS VARCHAR) AS value
        FROM (
            -- The latest end among the child's other plans that started on or before this
            -- one (an open plan runs to the ReferenceDate): this one starts inside one of
            -- them if it does not start after it.
            SELECT *, max(coalesce(CPPendDate, {end}))
                      OVER (PARTITION BY child ORDER BY CPPstartDate ASC NULLS LAST
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            EXCLUDE CURRENT ROW) AS ongoing_until
            FROM cp_plan
        )
        WHERE CPPstartDate <= ongoing_until
    """

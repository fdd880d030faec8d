"""4013: a CIN plan end date outside the census year.

Where a CIN plan has an end date, it falls within the census year, 1 April
to 31 March inclusive (a plan that ended before the year does not belong in
the return).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import (
    CIN_PLANS_FROM,
    census_end,
    census_start,
    sql_date,
)


@rule(
    code="4013",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Plan end date must fall within the census year",
    guidance=(
        "In the case management system, check the CIN plan's end date; a plan that ended "
        "before 1 April belongs to an earlier return and should be left out of the export."
    ),
    tables=("cin_plan",),
    fields=("CINPlanEndDate", "ReferenceDate"),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CINPlanEndDate AS VARCHAR) AS value
        FROM cin_plan
        WHERE CINPlanEndDate NOT BETWEEN {start} AND {end}
    """

"""8930: a child protection plan's end date, where present, is within the census year.

From 1 April of the year before to the ReferenceDate, 31 March, both
included. A plan that ended before the year belongs to an earlier census.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8930",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan End Date must fall within the census year",
    guidance=(
        "Check the plan's end date in the case management system. A plan that ended before "
        "1 April belongs to an earlier census and should be left out; one still in place on "
        "31 March has no end date in this census."
    ),
    tables=("cp_plan",),
    fields=("CPPendDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CPPendDate AS VARCHAR) AS value
        FROM cp_plan
        WHERE CPPendDate < {start} OR CPPendDate > {end}
    """

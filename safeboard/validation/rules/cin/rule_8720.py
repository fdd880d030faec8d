"""8720: every child protection plan has a start date, on or before the ReferenceDate."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8720",
    kind="cin",
    severity=Severity.ERROR,
    message="Child Protection Plan Start Date missing or out of data collection period",
    guidance=(
        "Record the date the child protection plan started in the case management system. A "
        "plan starting after 31 March belongs to next year's census."
    ),
    tables=("cp_plan",),
    fields=("CPPstartDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CPPstartDate AS VARCHAR) AS value
        FROM cp_plan
        WHERE CPPstartDate IS NULL OR CPPstartDate > {end}
    """

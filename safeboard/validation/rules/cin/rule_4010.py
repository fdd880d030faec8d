"""4010: a CIN plan with no start date, or one after the census year.

Every CIN plan has a start date, on or before the ReferenceDate (31 March of
the collection year).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import CIN_PLANS_FROM, census_end, sql_date


@rule(
    code="4010",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Plan start date is missing or out of data collection period",
    guidance=(
        "In the case management system, record the CIN plan's start date, or correct a date "
        "after 31 March (a plan starting after the census year belongs to next year's return)."
    ),
    tables=("cin_plan",),
    fields=("CINPlanStartDate",),
    first_year=CIN_PLANS_FROM,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CINPlanStartDate AS VARCHAR) AS value
        FROM cin_plan
        WHERE CINPlanStartDate IS NULL OR CINPlanStartDate > {end}
    """

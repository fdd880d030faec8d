"""8620: a CIN closure date, where present, falls within the census year.

The census year runs from 1 April of the year before to the ReferenceDate,
31 March, both included. An episode closed before it should not be in the
return at all; one closed after it is dated in the future.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8620",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN Closure Date present and does not fall within the Census year",
    guidance=(
        "Check the episode's closure date in the case management system. An episode that "
        "closed before 1 April belongs to an earlier census and should not be returned; one "
        "still open on 31 March has no closure date in this census."
    ),
    tables=("cin_episode",),
    fields=("CINclosureDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(CINclosureDate AS VARCHAR) AS value
        FROM cin_episode
        WHERE CINclosureDate < {start} OR CINclosureDate > {end}
    """

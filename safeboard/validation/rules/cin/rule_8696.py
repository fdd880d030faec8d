"""8696: an assessment's authorisation (end) date, where present, is within the census year.

From 1 April of the year before to the ReferenceDate, 31 March, both
included. An assessment authorised before the year belongs to an earlier
census; one authorised after it is dated in the future.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8696",
    kind="cin",
    severity=Severity.ERROR,
    message="Assessment end date must fall within the census year",
    guidance=(
        "Check the assessment's authorisation date in the case management system. An "
        "assessment completed before 1 April belongs to an earlier census and should be left "
        "out; one not completed by 31 March has no authorisation date in this census."
    ),
    tables=("assessment",),
    fields=("AssessmentAuthorisationDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(AssessmentAuthorisationDate AS VARCHAR) AS value
        FROM assessment
        WHERE AssessmentAuthorisationDate < {start} OR AssessmentAuthorisationDate > {end}
    """

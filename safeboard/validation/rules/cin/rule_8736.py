"""8736: an assessment not yet completed started within the census year.

An assessment without an authorisation date is open on 31 March; its start
date must then be on or between 1 April of the year before and the
ReferenceDate. One started before the year and still open would have been
open at the previous census too, which is not allowed for an assessment.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, census_start, sql_date


@rule(
    code="8736",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "For an Assessment that has not been completed, the start date must fall within the "
        "census year"
    ),
    guidance=(
        "If the assessment was completed, record its authorisation date in the case "
        "management system; otherwise correct its start date, which must be between 1 April "
        "and 31 March of the census year."
    ),
    tables=("assessment",),
    fields=("AssessmentAuthorisationDate", "AssessmentActualStartDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(AssessmentActualStartDate AS VARCHAR) AS value
        FROM assessment
        WHERE AssessmentAuthorisationDate IS NULL
          AND (AssessmentActualStartDate IS NULL
               OR AssessmentActualStartDate < {start} OR AssessmentActualStartDate > {end})
    """

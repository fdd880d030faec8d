"""8670Q: an assessment still open more than 45 working days before the year's end.

An assessment without an authorisation date should have started no earlier
than the ReferenceDate (31 March) minus 45 working days: the statutory
timescale for completing an assessment is 45 working days, so one started
earlier and still not authorised is overdue or missing its end date.
Working days skip weekends and England's bank holidays; "minus 45 working
days" is the 45th working day before 31 March.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date, working_days_before


@rule(
    code="8670Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: Assessment started more "
        "than 45 working days before the end of the census year. However, there is no "
        "Assessment end date."
    ),
    guidance=(
        "If the assessment was completed, record its authorisation date in the case "
        "management system. If it really is still open after more than 45 working days, "
        "give DfE the reason when you submit the census."
    ),
    tables=("assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    latest = sql_date(working_days_before(census_end(context.collection_year), 45))
    return f"""
        SELECT _file, _position, child, CAST(AssessmentActualStartDate AS VARCHAR) AS value
        FROM assessment
        WHERE AssessmentAuthorisationDate IS NULL AND AssessmentActualStartDate < {latest}
    """

"""8608: an assessment cannot be completed before it started.

Where the assessment has an authorisation (end) date, it is on or after the
assessment's actual start date.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8608",
    kind="cin",
    severity=Severity.ERROR,
    message="Assessment Start Date cannot be later than its End Date",
    guidance=(
        "Correct the assessment's start date or its authorisation date in the case "
        "management system so that the assessment is authorised on or after the day it "
        "started."
    ),
    tables=("assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child,
               CAST(AssessmentActualStartDate AS VARCHAR) || ' > '
               || CAST(AssessmentAuthorisationDate AS VARCHAR) AS value
        FROM assessment
        WHERE AssessmentActualStartDate > AssessmentAuthorisationDate
    """

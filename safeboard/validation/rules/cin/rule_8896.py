"""8896: at most one open assessment within one CIN episode.

An assessment is open when it has no authorisation date. Where one
CINdetails holds two or more open assessments, each of them is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8896",
    kind="cin",
    severity=Severity.ERROR,
    message="Within one CINDetails group there are 2 or more open Assessments groups",
    guidance=(
        "Record the authorisation date of the earlier assessments of the episode in the case "
        "management system, so that at most one is open (or remove one entered twice)."
    ),
    tables=("assessment",),
    fields=("AssessmentAuthorisationDate",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(AssessmentActualStartDate AS VARCHAR) AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child, episode) AS open_assessments
            FROM assessment
            WHERE AssessmentAuthorisationDate IS NULL
        )
        WHERE open_assessments > 1
    """

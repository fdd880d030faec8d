"""8614: factors identified at assessment only on a completed assessment.

An assessment without an authorisation date is not finished, so it cannot
yet have identified parental or child factors. Reported once per such
assessment, with the factors it lists.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8614",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Parental or child factors at assessment should only be present for a completed assessment."
    ),
    guidance=(
        "Either record the date the assessment was authorised in the case management system, "
        "or, if it is still under way, remove the factors until it is completed."
    ),
    tables=("assessment", "assessment_factor"),
    fields=("AssessmentAuthorisationDate", "AssessmentFactors"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT a._file, a._position, a.child,
               string_agg(f.AssessmentFactors, ' ' ORDER BY f.AssessmentFactors) AS value
        FROM assessment AS a
        JOIN assessment_factor AS f USING (child, episode, assessment)
        WHERE a.AssessmentAuthorisationDate IS NULL AND f.AssessmentFactors IS NOT NULL
        GROUP BY a._file, a._position, a.child
    """

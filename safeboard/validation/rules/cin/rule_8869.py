"""8869: factor 21 (no factors identified) stands alone.

Where an assessment's factors include 21, it has no other factor. Each other
factor recorded beside 21 is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8869",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "The assessment factors code “21” cannot be used in conjunction with any other "
        "assessment factors."
    ),
    guidance=(
        "In the case management system, either remove '21 No factors identified' from the "
        "assessment or remove the other factors, whichever the assessment found."
    ),
    tables=("assessment_factor",),
    fields=("AssessmentFactors",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT f._file, f._position, f.child, f.AssessmentFactors AS value
        FROM assessment_factor AS f
        SEMI JOIN (
            SELECT child, episode, assessment FROM assessment_factor
            WHERE AssessmentFactors = '21'
        ) AS with_21 USING (child, episode, assessment)
        WHERE f.AssessmentFactors <> '21'
    """

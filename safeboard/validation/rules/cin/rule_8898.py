"""8898: an assessment records each factor at most once.

Every AssessmentFactors row of a code the assessment has more than once is
reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8898",
    kind="cin",
    severity=Severity.ERROR,
    message="The assessment has more than one parental or child factors with the same code",
    guidance=(
        "Remove the repeated factor from the assessment in the case management system (or "
        "check how the system maps its own factors to the census codes: two may share one)."
    ),
    tables=("assessment_factor",),
    fields=("AssessmentFactors",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, AssessmentFactors AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child, episode, assessment, AssessmentFactors)
                      AS times
            FROM assessment_factor
            WHERE AssessmentFactors IS NOT NULL
        )
        WHERE times > 1
    """

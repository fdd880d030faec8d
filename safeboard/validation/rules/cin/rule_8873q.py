"""8873Q: an episode whose one assessment found no factors closes as RC8 or RC9.

Where a CINdetails holds exactly one assessment and that assessment's
factors include 21 (no factors identified), the reason for closure should
be RC8 (closed after assessment, no further action) or, from 2022-23, RC9
(closed after assessment, referred to early help). An episode still open
has no reason for closure and is queried too, as in the D2I validator.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8873Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: When there is only one "
        "assessment on the episode and the factors code “21 No factors identified” has been "
        "used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be "
        "used."
    ),
    guidance=(
        "If the assessment found no factors and the case closed, record the reason for "
        "closure as RC8 (or RC9 where the child was referred to early help) in the case "
        "management system; otherwise correct the assessment's factors."
    ),
    tables=("cin_episode", "assessment", "assessment_factor"),
    fields=("ReasonForClosure", "AssessmentFactors"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH single AS (
            SELECT child, episode, min(assessment) AS assessment
            FROM assessment GROUP BY child, episode HAVING count(*) = 1
        ), no_factors AS (
            SELECT DISTINCT child, episode, assessment
            FROM assessment_factor WHERE AssessmentFactors = '21'
        )
        SELECT e._file, e._position, e.child, coalesce(e.ReasonForClosure, 'open') AS value
        FROM cin_episode AS e
        JOIN single USING (child, episode)
        JOIN no_factors USING (child, episode, assessment)
        WHERE e.ReasonForClosure IS NULL OR e.ReasonForClosure NOT IN ('RC8', 'RC9')
    """

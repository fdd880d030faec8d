"""8825Q: an episode closed "after assessment" has an assessment.

Where the reason for closure is RC8 (case closed after assessment) or RC9
(closed after assessment, referred to early help; from 2022-23), the episode
should hold at least one Assessments group.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8825Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: Reason for Closure code RC8 "
        "(case closed after assessment) or RC9 (case closed after assessment, referred to "
        "early help) has been returned but there is no assessment present for the episode."
    ),
    guidance=(
        "Record the assessment on the episode in the case management system, or, if none "
        "was done, choose the reason for closure that says why the case closed."
    ),
    tables=("cin_episode", "assessment"),
    fields=("ReasonForClosure",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT e._file, e._position, e.child, e.ReasonForClosure AS value
        FROM cin_episode AS e
        WHERE e.ReasonForClosure IN ('RC8', 'RC9')
          AND NOT EXISTS (
              SELECT 1 FROM assessment AS a WHERE a.child = e.child AND a.episode = e.episode
          )
    """

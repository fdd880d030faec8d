"""1103: an assessment cannot start before the referral it belongs to.

Where an assessment has a start date, it must be on or after the referral
date of its own CIN episode (the CINdetails block it sits in).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1103",
    kind="cin",
    severity=Severity.ERROR,
    message="The assessment start date cannot be before the referral date",
    guidance=(
        "Open the child's referral in the case management system and check the assessment's "
        "start date against the referral date: correct whichever is wrong, or move the "
        "assessment to the referral it belongs to."
    ),
    tables=("assessment", "cin_episode"),
    fields=("AssessmentActualStartDate", "CINreferralDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT a._file, a._position, a.child, CAST(a.AssessmentActualStartDate AS VARCHAR) AS value
        FROM assessment AS a
        JOIN cin_episode AS e ON e.child = a.child AND e.episode = a.episode
        WHERE a.AssessmentActualStartDate < e.CINreferralDate
    """

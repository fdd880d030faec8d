"""8831: no activity on a referral with no further action.

A CINdetails with ReferralNFA true cannot have an assessment start or
authorisation date, a section 47 enquiry start date, or a date of initial
child protection conference (the episode's own or an enquiry's). Reported
once per episode, naming what it holds. (The D2I validator reads only the
episode's own conference date.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8831",
    kind="cin",
    severity=Severity.ERROR,
    message="Activity is recorded against a case marked as a referral with no further action",
    guidance=(
        "If the referral led to an assessment, enquiry or conference, mark it as going on to "
        "further action in the case management system; otherwise move the activity to the "
        "episode it belongs to."
    ),
    tables=("cin_episode", "assessment", "section47"),
    fields=(
        "ReferralNFA",
        "AssessmentActualStartDate",
        "AssessmentAuthorisationDate",
        "S47ActualStartDate",
        "DateOfInitialCPC",
    ),
)
def logic(context: RuleContext) -> str:
    return """
        WITH assessed AS (
            SELECT DISTINCT child, episode FROM assessment
            WHERE AssessmentActualStartDate IS NOT NULL OR AssessmentAuthorisationDate IS NOT NULL
        ), enquired AS (
            SELECT child, episode, bool_or(S47ActualStartDate IS NOT NULL) AS started,
                   bool_or(DateOfInitialCPC IS NOT NULL) AS conference
            FROM section47 GROUP BY child, episode
        )
        SELECT e._file, e._position, e.child,
               concat_ws(', ',
                   CASE WHEN a.child IS NOT NULL THEN 'assessment' END,
                   CASE WHEN s.started THEN 'section 47 enquiry' END,
                   CASE WHEN e.DateOfInitialCPC IS NOT NULL OR s.conference
                        THEN 'initial conference' END) AS value
        FROM cin_episode AS e
        LEFT JOIN assessed AS a USING (child, episode)
        LEFT JOIN enquired AS s USING (child, episode)
        WHERE e.ReferralNFA = true
          AND (a.child IS NOT NULL OR s.started OR s.conference OR e.DateOfInitialCPC IS NOT NULL)
    """

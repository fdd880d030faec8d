"""8867: a closed CIN episode has no assessment still open.

Where a CINdetails has a closure date, every one of its assessments has an
authorisation date. Each open assessment of a closed episode is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8867",
    kind="cin",
    severity=Severity.ERROR,
    message="CIN episode is shown as closed, however Assessment is not shown as completed",
    guidance=(
        "Record the date the assessment was authorised in the case management system, or, if "
        "it is still under way, reopen the episode (remove its closure date and reason)."
    ),
    tables=("assessment", "cin_episode"),
    fields=("CINclosureDate", "AssessmentAuthorisationDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT a._file, a._position, a.child, CAST(e.CINclosureDate AS VARCHAR) AS value
        FROM assessment AS a
        JOIN cin_episode AS e USING (child, episode)
        WHERE e.CINclosureDate IS NOT NULL AND a.AssessmentAuthorisationDate IS NULL
    """

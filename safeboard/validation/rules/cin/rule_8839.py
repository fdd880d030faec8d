"""8839: at most one open section 47 enquiry within one CIN episode.

An enquiry is open when it has no date of initial child protection
conference and its conference is not marked as not required. Where one
CINdetails holds two or more open enquiries, each of them is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8839",
    kind="cin",
    severity=Severity.ERROR,
    message="Within one CINDetails group there are 2 or more open S47 Assessments",
    guidance=(
        "Record the conference date (or that no conference was required) on the earlier "
        "section 47 enquiries of the episode in the case management system, so that only "
        "one is open."
    ),
    tables=("section47",),
    fields=("DateOfInitialCPC", "ICPCnotRequired"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(S47ActualStartDate AS VARCHAR) AS value
        FROM (
            SELECT *, count(*) OVER (PARTITION BY child, episode) AS open_enquiries
            FROM section47
            WHERE DateOfInitialCPC IS NULL AND ICPCnotRequired IS DISTINCT FROM true
        )
        WHERE open_enquiries > 1
    """

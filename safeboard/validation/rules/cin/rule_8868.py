"""8868: a closed CIN episode has no section 47 enquiry still awaiting its conference.

Where a CINdetails has a closure date, each of its Section47 groups either
has a date of initial child protection conference or is marked as not
needing one (ICPCnotRequired true). As in the D2I validator, an enquiry
with both a conference date and "not required" is reported too, as the two
contradict each other.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8868",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed "
        "by ICPC date or ICPC not required flag"
    ),
    guidance=(
        "Record on the section 47 enquiry either the date of the initial child protection "
        "conference or that none was required (not both) in the case management system, or "
        "reopen the episode if the enquiry is still under way."
    ),
    tables=("section47", "cin_episode"),
    fields=("CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT s._file, s._position, s.child, CAST(e.CINclosureDate AS VARCHAR) AS value
        FROM section47 AS s
        JOIN cin_episode AS e USING (child, episode)
        WHERE e.CINclosureDate IS NOT NULL
          AND (s.DateOfInitialCPC IS NULL) = (s.ICPCnotRequired IS DISTINCT FROM true)
    """

"""575: the placement the child went missing from ended, but the missing period did not.

A missing or away period still open (no MIS_END) started during one of the
child's episodes (DECOM to DEC, both days included). When every episode
that holds the start date has ended, the placement the child went missing
from is over and the period must have an end date.

Deviation from the D2I validator: on a day one episode ends and the next
begins, D2I reports the period whatever the later episode; here it passes
while that later episode is open (the child may have gone missing from it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="575",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If the placement from which the child goes missing/away from placement without "
        "authorisation ends, the missing/away from placement without authorisation period in "
        "the missing module must also have an end date."
    ),
    guidance=(
        "Record the date this missing or away period ended in the case management system: the "
        "placement the child went missing from has ended (if the child was still missing then, "
        "the period ends on the day the placement ended)."
    ),
    tables=("Episodes", "Missing"),
    fields=("MIS_END",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT m._file, m._position, m.child, CAST(m.MIS_START AS VARCHAR) AS value,
               'Missing' AS "table"
        FROM Missing AS m JOIN Episodes AS e
          ON e.child = m.child AND e.DECOM <= m.MIS_START
         AND (e.DEC IS NULL OR m.MIS_START <= e.DEC)
        WHERE m.MIS_END IS NULL
        GROUP BY m._file, m._position, m.child, m.MIS_START
        HAVING NOT bool_or(e.DEC IS NULL)
    """

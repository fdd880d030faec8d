"""331: the child was matched with adopters after the adoption placement began.

For an episode that ended in adoption (REC E11/E12), the match (AD1
DATE_MATCH) must be on or before the episode's start (the placement for
adoption). Both the AD1 row and the episode fail.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="331",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of matching child and adopter(s) should be the same as, or prior to, the date of "
        "placement of adoption."
    ),
    guidance=(
        "Check the date the child was matched with adopters and the start of the adoptive "
        "placement in the case management system: the match comes first."
    ),
    tables=("AD1", "Episodes"),
    fields=("DATE_MATCH", "DECOM", "REC"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH clash AS (
            SELECT a._file AS a_file, a._position AS a_position, e._file AS e_file,
                   e._position AS e_position, a.child, a.DATE_MATCH
            FROM AD1 AS a JOIN Episodes AS e ON e.child = a.child
            WHERE e.REC IN ('E11', 'E12') AND a.DATE_MATCH > e.DECOM)
        SELECT DISTINCT a_file AS _file, a_position AS _position, child,
               CAST(DATE_MATCH AS VARCHAR) AS value, 'AD1' AS "table" FROM clash
        UNION ALL
        SELECT DISTINCT e_file, e_position, child, CAST(DATE_MATCH AS VARCHAR), 'Episodes'
        FROM clash
    """

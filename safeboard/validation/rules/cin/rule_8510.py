"""8510: two children with the same LAchildID.

Each child appears once in the return, under its own id. Children whose ids
are the same (compared through their pseudonyms, which are equal exactly
when the ids are) are all reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8510",
    kind="cin",
    severity=Severity.ERROR,
    message="More than one child record with the same LA Child ID",
    guidance=(
        "Find the child's records in the case management system: merge a child recorded "
        "twice into one record (with all their referrals), or give a different child its "
        "own id."
    ),
    tables=("child",),
    fields=("LAchildID",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM (
            SELECT _file, _position, child, count(*) OVER (PARTITION BY child) AS records
            FROM child
            WHERE child IS NOT NULL
        )
        WHERE records > 1
    """

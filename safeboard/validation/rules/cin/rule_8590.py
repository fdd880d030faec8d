"""8590: a child with no CIN episode.

Every child in the return has at least one CINdetails block (a referral).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8590",
    kind="cin",
    severity=Severity.ERROR,
    message="Child does not have a recorded CIN episode.",
    guidance=(
        "In the case management system, record the child's referral, or leave the child "
        "out of the census export if they were not referred."
    ),
    tables=("child", "cin_episode"),
    fields=("LAchildID",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT c._file, c._position, c.child, NULL AS value
        FROM child AS c
        WHERE c.child IS NOT NULL  -- no id, no link to its episodes (8500 says so)
          AND NOT EXISTS (SELECT 1 FROM cin_episode AS e WHERE e.child = c.child)
    """

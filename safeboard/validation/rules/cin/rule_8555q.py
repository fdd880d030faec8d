"""8555Q: a referral after the child's death.

A referral date is on or before the child's date of death, where there is
one. Each later referral is queried.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8555Q",
    kind="cin",
    severity=Severity.WARNING,
    message="Child cannot be referred after its recorded date of death",
    guidance=(
        "In the case management system, check the referral date and the child's date of "
        "death, and correct the wrong one (or remove a referral recorded for the wrong child)."
    ),
    tables=("cin_episode", "child"),
    fields=("PersonDeathDate", "CINreferralDate"),
)
def logic(context: RuleContext) -> str:
    # The few children who died first, then a join: no per-row subquery.
    return """
        WITH died AS (
            SELECT child, min(PersonDeathDate) AS died
            FROM child
            WHERE PersonDeathDate IS NOT NULL
            GROUP BY child
        )
        SELECT e._file, e._position, e.child, CAST(e.CINreferralDate AS VARCHAR) AS value
        FROM cin_episode AS e
        JOIN died AS d ON d.child = e.child
        WHERE e.CINreferralDate > d.died
    """

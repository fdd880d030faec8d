"""8585Q: an episode closed because the child died, but no date of death.

A CIN episode whose reason for closure is RC2 (died) belongs to a child
with a date of death. Each such episode of a child without one is queried.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8585Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend or provide a reason: CIN episode shows Died as the "
        "Closure Reason, however child has no recorded Date of Death"
    ),
    guidance=(
        "In the case management system, record the child's date of death, or correct the "
        "episode's reason for closure if the child did not die."
    ),
    tables=("cin_episode", "child"),
    fields=("ReasonForClosure", "PersonDeathDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT e._file, e._position, e.child, e.ReasonForClosure AS value
        FROM cin_episode AS e
        WHERE e.ReasonForClosure = 'RC2'
          AND e.child IS NOT NULL  -- no id, no link to its date of death (8500 says so)
          AND NOT EXISTS (
              SELECT 1 FROM child AS c
              WHERE c.child = e.child AND c.PersonDeathDate IS NOT NULL
          )
    """

"""1002: care leaver information for a young person with no episodes of care.

An OC3 row for a child with no episode in this year's return nor in last
year's (``prev_Episodes``; the rule does not run without last year's
return). As DfE's own note says, a young person whose care ended before
last year is reported too: a warning, not an error.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1002",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "This child has no previous episodes of care, therefore should not have care leaver "
        "information recorded. [NOTE: This tool can only test the current and previous year "
        "data loaded into the tool - this check may generate false positives if a child had "
        "episodes prior to last year's collection.]"
    ),
    guidance=(
        "Check whether the young person was ever looked after by the authority: if not, "
        "remove the care leaver information; if so, no change is needed."
    ),
    tables=("Episodes", "OC3", "prev_Episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT o._file, o._position, o.child, NULL AS value FROM OC3 AS o
        WHERE NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = o.child)
          AND NOT EXISTS (SELECT 1 FROM prev_Episodes AS p WHERE p.child = o.child)
    """

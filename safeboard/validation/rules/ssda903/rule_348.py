"""348: a care leaver reported as having died last year is not reported so now. From 2025-26.

Compared with last year's OC3 (prev_OC3): IN_TOUCH DIED last year must stay
DIED.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="348",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Care leaver has previously been reported as having died. ",
    guidance=(
        "Check the care leaver's record in the case management system: if the young person "
        "died, record IN_TOUCH as DIED; if last year's return was wrong, amend it with DfE."
    ),
    tables=("OC3", "prev_OC3"),
    fields=("IN_TOUCH",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT o._file, o._position, o.child, o.IN_TOUCH AS value
        FROM OC3 AS o JOIN prev_OC3 AS p ON p.child = o.child
        WHERE p.IN_TOUCH = 'DIED' AND o.IN_TOUCH IS DISTINCT FROM 'DIED'
    """

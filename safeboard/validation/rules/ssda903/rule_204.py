"""204: the child's ethnicity differs from last year's return (prev_Header)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="204",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Ethnic origin code disagrees with the ethnic origin already recorded for this child."
    ),
    guidance=(
        "Check the child's ethnicity in the case management system against last year's return "
        "and correct whichever is wrong."
    ),
    tables=("Header", "prev_Header"),
    fields=("ETHNIC",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, h.ETHNIC AS value
        FROM Header AS h JOIN prev_Header AS p ON p.child = h.child
        WHERE upper(h.ETHNIC) IS DISTINCT FROM upper(p.ETHNIC)
    """

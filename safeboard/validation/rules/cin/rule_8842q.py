"""8842Q: a child protection plan review has its date.

Where a Reviews group is present it should hold a valid CPPreviewDate.
Safeboard stages one row per CPPreviewDate element, so an empty or
unreadable CPPreviewDate is found here (the import reports an unreadable
date as well); an empty <Reviews/> with no CPPreviewDate at all leaves no
row, and is not found.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8842Q",
    kind="cin",
    severity=Severity.WARNING,
    message="Please check and either amend or provide a reason: Review Record has a missing date",
    guidance=(
        "Record the date of the child protection review in the case management system, or "
        "remove the empty review record."
    ),
    tables=("cp_review",),
    fields=("CPPreviewDate",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM cp_review
        WHERE CPPreviewDate IS NULL
    """

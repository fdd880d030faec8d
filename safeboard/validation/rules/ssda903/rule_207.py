"""207: the mother item changed from 1 last year.

A young woman recorded as a mother last year (prev_Header MOTHER = 1) and
looked after this year (any episode) is still a mother: any other value
this year fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="207",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Mother status for the current year disagrees with the mother status already recorded "
        "for this child."
    ),
    guidance=(
        "The young person was recorded as a mother last year: record MOTHER as 1 in the case "
        "management system, or amend last year's return with DfE if that was wrong."
    ),
    tables=("Header", "Episodes", "prev_Header"),
    fields=("MOTHER",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, h.MOTHER AS value
        FROM Header AS h JOIN prev_Header AS p ON p.child = h.child
        WHERE p.MOTHER = '1' AND h.MOTHER IS DISTINCT FROM '1'
          AND h.child IN (SELECT child FROM Episodes)
    """

"""203: the child's date of birth differs from last year's return.

Compared with last year's Header (prev_Header) for a child in both. Birth
dates are kept to their month, so a change of day within the month is not
seen; a change of month or year is.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="203",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date of birth disagrees with the date of birth already recorded for this child."),
    guidance=(
        "Check the child's date of birth in the case management system against last year's "
        "return and correct whichever is wrong."
    ),
    tables=("Header", "prev_Header"),
    fields=("DOB",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, CAST(h.DOB AS VARCHAR) AS value
        FROM Header AS h JOIN prev_Header AS p ON p.child = h.child
        WHERE h.DOB IS DISTINCT FROM p.DOB
    """

"""116: DATE_PLACED_CEASED (decision to stop planning adoption) is not a valid date.

A value that does not parse as a date is stored empty at import and kept in
the view ``unparsed`` (see safeboard.validation.engine): those values fail,
named as they were written. A blank is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="116",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of Local Authority's (LA) decision that a child should no longer be placed for "
        "adoption is not a valid date."
    ),
    guidance=(
        "Enter the date of the decision that the child should no longer be placed for adoption "
        "as a real date (DD/MM/YYYY) in the case management system."
    ),
    tables=("PlacedAdoption",),
    fields=("DATE_PLACED_CEASED",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value, 'PlacedAdoption' AS "table" FROM unparsed
        WHERE table_name = 'PlacedAdoption' AND field = 'DATE_PLACED_CEASED'
    """

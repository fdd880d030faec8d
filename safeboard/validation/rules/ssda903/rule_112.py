"""112: AD1 DATE_INT (decision that the child should be placed for adoption) is not a date.

A value that does not parse as a date is stored empty at import and kept in
the view ``unparsed`` (see safeboard.validation.engine): those values fail,
named as they were written. A blank is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="112",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date should be placed for adoption is not a valid date."),
    guidance=(
        "Enter the date of the decision that the child should be placed for adoption as a real "
        "date (DD/MM/YYYY) on the adoption record in the case management system."
    ),
    tables=("AD1",),
    fields=("DATE_INT",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value, 'AD1' AS "table" FROM unparsed
        WHERE table_name = 'AD1' AND field = 'DATE_INT'
    """

"""171: the date of birth of the mother's child (MC_DOB) is not a valid date.

A value that does not parse as a date is stored empty at import and kept in
the view ``unparsed`` (see safeboard.validation.engine): those values fail,
named as they were written. A blank is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="171",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date of birth of mother's child is not a valid date."),
    guidance=(
        "Enter the date of birth of the young mother's child as a real date (DD/MM/YYYY) in "
        "the case management system."
    ),
    tables=("Header",),
    fields=("MC_DOB",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value, 'Header' AS "table" FROM unparsed
        WHERE table_name = 'Header' AND field = 'MC_DOB'
    """

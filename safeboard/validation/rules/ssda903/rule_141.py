"""141: the episode's start date (DECOM) is not a valid date.

A value that does not parse as a date is stored empty at import and kept in
the view ``unparsed`` (see safeboard.validation.engine): those values fail,
named as they were written. A blank is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="141",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date episode began is not a valid date."),
    guidance=(
        "Enter the episode's start date as a real date (DD/MM/YYYY) in the case management system."
    ),
    tables=("Episodes",),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value, 'Episodes' AS "table" FROM unparsed
        WHERE table_name = 'Episodes' AND field = 'DECOM'
    """

"""147: the episode's end date (DEC) is not a valid date.

A value that does not parse as a date is stored empty at import and kept in
the view ``unparsed`` (see safeboard.validation.engine): those values fail,
named as they were written. A blank is not this rule's business.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="147",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date episode ceased is not a valid date."),
    guidance=(
        "Enter the episode's end date as a real date (DD/MM/YYYY) in the case management "
        "system, or leave it blank if the episode is open."
    ),
    tables=("Episodes",),
    fields=("DEC",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, value, 'Episodes' AS "table" FROM unparsed
        WHERE table_name = 'Episodes' AND field = 'DEC'
    """

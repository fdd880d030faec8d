"""104: the date UASC status ceased is not a valid date.

A DUC that does not parse as a date (stored empty at import, kept in the
view ``unparsed``) fails, and, as DfE's check has it, so does a DUC before
the collection year began: a status that ended before the year should not be
in this year's UASC file.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_start


@rule(
    code="104",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date."
    ),
    guidance=(
        "Check the date the child's UASC status ceased in the case management system: it must "
        "be a real date within or after this collection year; correct it or remove the child "
        "from the UASC file."
    ),
    tables=("UASC",),
    fields=("DUC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DUC AS VARCHAR) AS value FROM UASC
        WHERE DUC < {year_start(context)}
        UNION ALL
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = 'UASC' AND field = 'DUC'
    """

"""301: the date of birth is after the collection year's end (31 March)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="301",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date of birth falls after the year ended."),
    guidance=(
        "Correct the child's date of birth in the case management system: it cannot be after "
        "31 March of the collection year."
    ),
    tables=("Header",),
    fields=("DOB",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM Header
        WHERE DOB > {year_end(context)}
    """

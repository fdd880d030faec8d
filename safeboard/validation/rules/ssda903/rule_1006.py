"""1006: the missing type is not valid.

MISSING, when given, is M (missing) or A (away from placement without
authorisation).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_codes


@rule(
    code="1006",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Missing type invalid.",
    guidance=(
        "Record M if the child was missing or A if away from placement without authorisation, "
        "in the case management system."
    ),
    tables=("Missing",),
    fields=("MISSING",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, MISSING AS value FROM Missing
        WHERE MISSING IS NOT NULL AND MISSING NOT IN {year_codes("MISSING", context.collection_year)}
    """

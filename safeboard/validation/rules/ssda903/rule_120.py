"""120: the reason the adoption plan was reversed is not a valid code (RD1-RD4)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="120",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The reason for the reversal of the decision that the child should be placed for "
        "adoption code is not valid."
    ),
    guidance=(
        "Record why the child should no longer be placed for adoption with one of the codes "
        "RD1 to RD4 in the case management system."
    ),
    tables=("PlacedAdoption",),
    fields=("REASON_PLACED_CEASED",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("REASON_PLACED_CEASED", context.collection_year)
    return f"""
        SELECT _file, _position, child, REASON_PLACED_CEASED AS value FROM PlacedAdoption
        WHERE REASON_PLACED_CEASED NOT IN {codes}
    """

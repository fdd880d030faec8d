"""177: LS_ADOPTR (legal status of the adopters), where given, must be L0, L11, L12, L2, L3 or
L4."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="177",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The legal status of adopter(s) code is not a valid code.",
    guidance=(
        "Record the adopters' legal status with one of L0, L11, L12, L2, L3 or L4 on the "
        "adoption record in the case management system."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("LS_ADOPTR", context.collection_year)
    return f"""
        SELECT _file, _position, child, LS_ADOPTR AS value FROM AD1
        WHERE LS_ADOPTR NOT IN {codes}
    """

"""175: NB_ADOPTR (number of adopters), where given, must be 1 or 2."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="175",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The number of adopter(s) code is not a valid code.",
    guidance=(
        "Record the number of adopters as 1 or 2 on the adoption record in the case management "
        "system."
    ),
    tables=("AD1",),
    fields=("NB_ADOPTR",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("NB_ADOPTR", context.collection_year)
    return f"""
        SELECT _file, _position, child, NB_ADOPTR AS value FROM AD1
        WHERE NB_ADOPTR NOT IN {codes}
    """

"""176: SEX_ADOPTR (sex of the adopters), where given, must be M1, F1, MM, FF or MF."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="176",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The gender of adopter(s) at the date of adoption code is not a valid code.",
    guidance=(
        "Record the adopters' sex with one of M1, F1, MM, FF or MF on the adoption record in "
        "the case management system."
    ),
    tables=("AD1",),
    fields=("SEX_ADOPTR",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("SEX_ADOPTR", context.collection_year)
    return f"""
        SELECT _file, _position, child, SEX_ADOPTR AS value FROM AD1
        WHERE SEX_ADOPTR NOT IN {codes}
    """

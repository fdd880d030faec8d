"""143: RNE (reason for new episode), where given, must be one of the year's codes (S, L, P, T,
U, B)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="143",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The reason for new episode code is not a valid code.",
    guidance=(
        "Record why the episode began with one of S, L, P, T, U or B on the episode in the "
        "case management system."
    ),
    tables=("Episodes",),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("RNE", context.collection_year)
    return f"""
        SELECT _file, _position, child, RNE AS value FROM Episodes
        WHERE RNE NOT IN {codes}
    """

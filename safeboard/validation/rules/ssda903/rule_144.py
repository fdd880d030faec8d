"""144: LS (legal status), where given, must be one of DfE's legal status codes."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="144",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The legal status code is not a valid code.",
    guidance=(
        "Record the child's legal status for the episode with one of DfE's codes (C1, C2, D1, "
        "E1, V2, V3, V4, L1-L3, J1-J3) in the case management system."
    ),
    tables=("Episodes",),
    fields=("LS",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("LS", context.collection_year)
    return f"""
        SELECT _file, _position, child, LS AS value FROM Episodes
        WHERE LS NOT IN {codes}
    """

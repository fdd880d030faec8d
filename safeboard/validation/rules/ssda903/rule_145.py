"""145: CIN (category of need), where given, must be one of N1-N8."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="145",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Category of need code is not a valid code.",
    guidance=(
        "Record the child's category of need with one of N1 to N8 on the episode in the case "
        "management system."
    ),
    tables=("Episodes",),
    fields=("CIN",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("CIN", context.collection_year)
    return f"""
        SELECT _file, _position, child, CIN AS value FROM Episodes
        WHERE CIN NOT IN {codes}
    """

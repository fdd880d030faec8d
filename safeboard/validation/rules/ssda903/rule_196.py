"""196: SDQ_REASON (why there is no SDQ score), where given, must be SDQ1-SDQ5."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="196",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Strengths and Difficulties (SDQ) reason is not a valid code.",
    guidance=(
        "Record the reason there is no SDQ score with one of SDQ1 to SDQ5 in the case "
        "management system."
    ),
    tables=("OC2",),
    fields=("SDQ_REASON",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("SDQ_REASON", context.collection_year)
    return f"""
        SELECT _file, _position, child, SDQ_REASON AS value FROM OC2
        WHERE SDQ_REASON NOT IN {codes}
    """

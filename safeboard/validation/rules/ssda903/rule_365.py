"""365: a single short break (LS V3) longer than 17 days.

An open episode runs to 31 March.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="365",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Any individual short- term respite placement must not exceed 17 days."),
    guidance=(
        "Check the short break's dates in the case management system: a single short break "
        "(V3) lasts 17 days at most; a longer stay is another legal status."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE LS = 'V3' AND coalesce(DEC, {year_end(context)}) > DECOM + INTERVAL 17 DAY
    """

"""375: a temporary placement for hospitalisation (T1) lasting longer than six weeks (42 days).

The episode ends more than 42 days after it starts. An open episode runs
to 31 March (the D2I validator skips open episodes: one open since long
before the year's end has lasted too long all the same).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="375",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Hospitalisation coded as a temporary placement exceeds six weeks.",
    guidance=(
        "Check the episode's dates in the case management system: a hospital stay of more than "
        "six weeks is a placement in its own right (R2), not a temporary one."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE PLACE = 'T1'
          AND coalesce(DEC, {year_end(context)}) > DECOM + INTERVAL 42 DAY
    """

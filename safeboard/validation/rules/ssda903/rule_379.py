"""379: a temporary placement for another reason (T4) lasting longer than seven days.

The episode ends more than 7 days after it starts. An open episode runs
to 31 March (the D2I validator skips open episodes: one open since long
before the year's end has lasted too long all the same).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="379",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days."
    ),
    guidance=(
        "Check the episode's dates in the case management system: a stay longer than seven "
        "days is a change of placement, not a temporary one."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE PLACE = 'T4'
          AND coalesce(DEC, {year_end(context)}) > DECOM + INTERVAL 7 DAY
    """

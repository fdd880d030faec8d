"""376: a temporary placement during the foster carers' holiday (T3) over three weeks.

The episode ends more than 21 days after it starts. An open episode runs
to 31 March (the D2I validator skips open episodes: one open since long
before the year's end has lasted too long all the same).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="376",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Temporary placements coded as being due to holiday of usual foster carer(s) cannot "
        "exceed three weeks."
    ),
    guidance=(
        "Check the episode's dates in the case management system: a stay longer than three "
        "weeks while the carers are away is a change of placement, not a temporary one."
    ),
    tables=("Episodes",),
    fields=("DECOM", "DEC", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE PLACE = 'T3'
          AND coalesce(DEC, {year_end(context)}) > DECOM + INTERVAL 21 DAY
    """

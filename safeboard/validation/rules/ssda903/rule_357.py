"""357: a child's first episode, starting in the year, does not start a period of care.

The earliest episode (by start date; ties by order in the file) of a child,
when it starts on or after 1 April, must have RNE S: a child already in care
has an earlier episode in the return.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE, year_start


@rule(
    code="357",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If this is the first episode ever for this child, reason for new episode must be S.  "
        "Check whether there is an episode immediately preceding this one, which has been left "
        "out.  If not the reason for new episode code must be amended to S."
    ),
    guidance=(
        "Add the child's missing earlier episode to the return, or record this episode's "
        "reason for new episode as S (started to be looked after) in the case management "
        "system."
    ),
    tables=("Episodes",),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, RNE AS value FROM Episodes
        WHERE DECOM IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}) = 1
            AND DECOM >= {year_start(context)} AND RNE IS DISTINCT FROM 'S'
    """

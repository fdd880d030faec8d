"""217: placed for adoption with current foster carers (A3/A5) without a change of placement.

From 1 April 2015 an episode with PLACE A3 or A5 must start with RNE S, T or
U: the child's placement (its status) changed, with the same carers.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="217",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Children who are placed for adoption with current foster carers (placement types A3 "
        "or A5) must have a reason for new episode of S, T or U."
    ),
    guidance=(
        "Record the episode's reason for new episode as S, T or U in the case management system "
        "(U when only the placement's status changed, the carers staying the same)."
    ),
    tables=("Episodes",),
    fields=("PLACE", "DECOM", "RNE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, RNE AS value FROM Episodes
        WHERE PLACE IN ('A3', 'A5') AND DECOM >= DATE '2015-04-01'
          AND coalesce(RNE, '') NOT IN ('S', 'T', 'U')
    """

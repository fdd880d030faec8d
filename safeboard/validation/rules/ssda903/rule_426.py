"""426: a child recorded under both short-break legal statuses, V3 and V4, in one year.

V3 (episodes of short breaks recorded one by one) and V4 (an agreed series
recorded as one) are two ways of recording the same arrangement: a child's
short breaks in a year use one or the other. Every V3 and V4 episode of a
child who has both is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="426",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in "
        "the same year."
    ),
    guidance=(
        "Decide how this child's short breaks are recorded this year, one episode per break (V3) "
        "or one episode for the agreed series (V4), and correct the other episodes' legal status "
        "in the case management system."
    ),
    tables=("Episodes",),
    fields=("LS",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, LS AS value
        FROM Episodes
        WHERE LS IN ('V3', 'V4')
          AND child IN (
              SELECT child FROM Episodes WHERE LS IN ('V3', 'V4')
              GROUP BY child HAVING count(DISTINCT LS) = 2)
    """

"""377: more than two temporary placements for the foster carers' holiday (T3) in 12 months.

A T3 episode that is the third or later of the child's T3 episodes starting
within 12 months (this one's start and the 365 days before it) fails. (The
D2I validator counts every T3 episode in the return, whenever it started,
and fails them all.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="377",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Only two temporary placements coded as being due to holiday of usual foster carer(s) "
        "are allowed in any 12- month period."
    ),
    guidance=(
        "Check the child's temporary placements in the case management system: more than two "
        "while the foster carers are on holiday in a year should be recorded as changes of "
        "placement."
    ),
    tables=("Episodes",),
    fields=("PLACE",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM (
            SELECT *, count(*) OVER (
                PARTITION BY child ORDER BY DECOM
                RANGE BETWEEN INTERVAL 365 DAY PRECEDING AND CURRENT ROW) AS in_12_months
            FROM Episodes WHERE PLACE = 'T3' AND DECOM IS NOT NULL)
        WHERE in_12_months > 2
    """

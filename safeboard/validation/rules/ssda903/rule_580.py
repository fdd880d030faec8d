"""580: the child was missing when care ended at 18, but the reason is not E8.

A young person missing on their 18th birthday stops being looked after that
day: the missing period ends (MIS_END) on the day the episode ends (DEC),
which is the 18th birthday, and the reason the episode ended must be E8
(other). Reported on the episode.

Birth dates are kept to their month (see _dfe_mid), so the 18th birthday
is known to its month only: here a missing period and an episode that end
together on any day of the month of the 18th birthday stand for ending on
the birthday. This is the one rule of this family that may report a young
person DfE would not (one whose care and missing period ended together in
that month, before the birthday).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="580",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
    guidance=(
        "Record the reason this episode ended as E8 in the case management system: the young "
        "person was missing when they turned 18 and stopped being looked after."
    ),
    tables=("Episodes", "Missing"),
    fields=("REC",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT DISTINCT e._file, e._position, e.child, e.REC AS value, 'Episodes' AS "table"
        FROM Episodes AS e JOIN Missing AS m ON m.child = e.child AND m.MIS_END = e.DEC
        WHERE e.REC IS DISTINCT FROM 'E8'
          AND e.DEC >= CAST(date_trunc('month', m.DOB) + INTERVAL 18 YEAR AS DATE)
          AND e.DEC <= CAST(last_day(m.DOB) + INTERVAL 18 YEAR AS DATE)
    """

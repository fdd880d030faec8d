"""460: care ended with E17 (staying put at 18 or over) for a child under 18.

REC E17 means the young person, aged 18 or over, stayed with their carers:
the episode must end on or after the 18th birthday. Reported only when the
child was certainly under 18 on the end date, born any day of the recorded
birth month (see _dfe_mid).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import surely_under


@rule(
    code="460",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason episode ceased is that child stayed with current carers at age 18 (or above), "
        "but child is aged under 18."
    ),
    guidance=(
        "Check the child's date of birth and the episode's end date and reason in the case "
        "management system: staying put (E17) starts at 18. Correct the date, or record the "
        "reason the episode really ended."
    ),
    tables=("Episodes", "Header"),
    fields=("DEC", "REC"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DEC AS VARCHAR) AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.REC = 'E17' AND {surely_under("h.DOB", 18, "e.DEC")}
    """

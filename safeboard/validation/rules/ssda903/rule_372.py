"""372: a child placed in youth custody or prison (R5) before the age of 10.

The episode's start (DECOM) is before the 10th birthday. Birth dates are
kept to their month, so the earliest possible birthday is used (see
_dfe_low): a child in the month of the birthday is not flagged. Unlike the
D2I validator, open episodes are checked too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday


@rule(
    code="372",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child in youth custody or prison should be at least 10.",
    guidance=(
        "Check the child's date of birth and the placement in the case management system: a "
        "child under 10 cannot be in youth custody (R5)."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.PLACE = 'R5' AND e.DECOM < {birthday("h.DOB", 10)}
    """

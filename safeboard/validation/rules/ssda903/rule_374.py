"""374: a child placed in residential employment (P3) before the age of 14.

The episode's start (DECOM) is before the 14th birthday. Birth dates are
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
    code="374",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child in residential employment should be at least 14 years old.",
    guidance=(
        "Check the child's date of birth and the placement in the case management system: a "
        "child under 14 cannot be in residential employment (P3)."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.PLACE = 'P3' AND e.DECOM < {birthday("h.DOB", 14)}
    """

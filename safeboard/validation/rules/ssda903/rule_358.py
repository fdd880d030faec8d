"""358: a child under 10 remanded, detained or sentenced (LS J1, J2, J3).

The episode starts on or before the 10th birthday (DfE: DOB at least 10
years before DECOM). Birth dates are kept to their month: the earliest
possible birthday is used (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday


@rule(
    code="358",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child with this legal status should not be under 10.",
    guidance=(
        "Check the child's date of birth and the episode's legal status in the case management "
        "system: a child under 10 cannot be remanded, detained or sentenced (J1-J3)."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "DOB", "LS"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, e.LS AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.LS IN ('J1', 'J2', 'J3') AND e.DECOM <= {birthday("h.DOB", 10)}
    """

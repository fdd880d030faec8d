"""389: an episode ended as transferred to adult social care (REC E7) before the 16th birthday.

Compared on the episode's end date (an episode without one is rule 148's
business). Birth dates are kept to their month: the earliest possible birthday is used
(see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday


@rule(
    code="389",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason episode ceased is that child transferred to care of adult social care "
        "services, but child is aged under 16."
    ),
    guidance=(
        "Check the child's date of birth and the reason the episode ended in the case "
        "management system: a child under 16 is not transferred to adult social care."
    ),
    tables=("Episodes", "Header"),
    fields=("REC", "DEC", "DOB"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, e.REC AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE upper(e.REC) IN ('E7') AND e.DEC < {birthday("h.DOB", 16)}
    """

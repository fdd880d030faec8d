"""304: UASC status ceased after the child's 18th birthday.

Birth dates are kept to their month: the 18th birthday is taken as the latest
the month allows, so a DUC on the true birthday (the usual case) never fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday


@rule(
    code="304",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the "
        "18th birthday of a child."
    ),
    guidance=(
        "Record the date the child's UASC status ceased as the 18th birthday at the latest in "
        "the case management system, or correct the date of birth."
    ),
    tables=("UASC",),
    fields=("DUC",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(DUC AS VARCHAR) AS value FROM UASC
        WHERE DUC > {latest_birthday("DOB", 18)}
    """

"""352: a period of care started (RNE S) on or after the child's 18th birthday.

Birth dates are kept to their month: the latest possible birthday is used
(see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday


@rule(
    code="352",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child who started to be looked after was aged 18 or over.",
    guidance=(
        "Check the young person's date of birth and the episode's start in the case management "
        "system: an adult cannot start to be looked after."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "RNE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE upper(e.RNE) = 'S' AND e.DECOM >= {latest_birthday("h.DOB", 18)}
    """

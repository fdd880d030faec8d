"""386: an episode ended as adopted (REC E11/E12) on or after the 18th birthday.

Compared on the episode's end date (an episode without one is rule 148's
business). Birth dates are kept to their month: the latest possible birthday is used
(see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday


@rule(
    code="386",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Reason episode ceased is adopted but child has reached age 18."),
    guidance=(
        "Check the young person's date of birth and the reason the episode ended in the case "
        "management system: a person of 18 or over cannot be adopted from care."
    ),
    tables=("Episodes", "Header"),
    fields=("REC", "DEC", "DOB"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, e.REC AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE upper(e.REC) IN ('E11', 'E12') AND e.DEC >= {latest_birthday("h.DOB", 18)}
    """

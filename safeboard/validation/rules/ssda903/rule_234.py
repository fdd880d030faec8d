"""234: a child under 10 moved placement because admitted to custody. From 2025-26.

REASON_PLACE_CHANGE CUSTOD on an episode that ended (the change of placement
is the day it ended; an open episode, its start) before the child's 10th
birthday fails. The D2I validator compares the episode's start instead.
Ages use birth dates kept to their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday


@rule(
    code="234",
    kind="ssda903",
    severity=Severity.ERROR,
    message="A child aged under 10 can not change placement due to being admitted to custody",
    guidance=(
        "Check the reason for the placement change and the child's date of birth in the case "
        "management system: a child under 10 cannot be in custody."
    ),
    tables=("Episodes", "Header"),
    fields=("REASON_PLACE_CHANGE", "DOB"),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, e.REASON_PLACE_CHANGE AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.REASON_PLACE_CHANGE = 'CUSTOD'
          AND {birthday("h.DOB", 10)} > coalesce(e.DEC, e.DECOM)
    """

"""302: the child's first episode starts before the child was born.

The earliest episode (by start date) must not start before the date of birth.
Birth dates are kept to their month, so the 1st of the birth month stands in:
an episode earlier in the birth month than the birth is not seen. The
finding is on the episode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="302",
    kind="ssda903",
    severity=Severity.ERROR,
    message="First episode starts before child was born.",
    guidance=(
        "Check the child's date of birth and the first episode's start date in the case "
        "management system and correct whichever is wrong (an unborn baby is not looked after)."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "DOB"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.DECOM < h.DOB
          AND e.DECOM = (SELECT min(DECOM) FROM Episodes AS f WHERE f.child = e.child)
    """

"""1003: placed for adoption before the child started to be looked after.

The date of the decision that the child should be placed for adoption
(DATE_PLACED) cannot be before the start (DECOM) of the child's first
episode that starts a period of care (RNE S) in the return.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1003",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of LA's decision that a child should be placed for adoption is before the child "
        "started to be looked after."
    ),
    guidance=(
        "Correct the date of the decision to place the child for adoption, or the date the "
        "child started to be looked after, in the case management system."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED", "DECOM", "RNE"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.DATE_PLACED AS VARCHAR) AS value
        FROM PlacedAdoption AS p
        JOIN (SELECT child, min(DECOM) AS first_start FROM Episodes WHERE RNE = 'S'
              GROUP BY child) AS e ON e.child = p.child
        WHERE p.DATE_PLACED < e.first_start
    """

"""556: the decision to place for adoption came after the freeing order.

A freeing order (LS D1) follows the decision that the child should be
placed for adoption: an episode with LS D1 is reported when one of the
child's decisions (DATE_PLACED) is after the episode started. DfE retired
the rule with the D1 code after 2023-24 (lac2024_25 deletes it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="556",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption should be on or prior to "
        "the date that the freeing order was granted."
    ),
    guidance=(
        "Check in the case management system the date of the decision that the child should be "
        "placed for adoption and the date the freeing order (D1) started: the decision comes "
        "first."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED", "DECOM"),
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT DISTINCT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN PlacedAdoption AS p ON p.child = e.child
        WHERE e.LS = 'D1' AND p.DATE_PLACED > e.DECOM
    """

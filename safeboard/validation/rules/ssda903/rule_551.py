"""551: placed for adoption without a decision that the child should be placed.

An episode with an adoption placement (PLACE A3 to A6) needs a
PlacedAdoption record for the child with the date of the decision that the
child should be placed for adoption (DATE_PLACED).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ADOPTION_PLACEMENTS


@rule(
    code="551",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has been placed for adoption but there is no date of the decision that the child "
        "should be placed for adoption."
    ),
    guidance=(
        "Record the date of the decision that the child should be placed for adoption in the "
        "case management system, so that the return's placed-for-adoption file has it."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PLACE AS value
        FROM Episodes
        WHERE PLACE IN {ADOPTION_PLACEMENTS}
          AND child NOT IN (
              SELECT child FROM PlacedAdoption WHERE DATE_PLACED IS NOT NULL)
    """

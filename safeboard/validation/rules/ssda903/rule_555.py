"""555: a freeing order without a decision that the child should be placed for adoption.

A freeing order (LS D1) is made only after the decision that the child
should be placed for adoption, so:

* an episode with LS D1 needs a PlacedAdoption record for the child; it is
  reported when the child has none;
* while the D1 episode is open, the child's decision is still in force: when
  every PlacedAdoption record of the child says the decision ceased
  (DATE_PLACED_CEASED or REASON_PLACED_CEASED given), those records are
  reported.

Deviation from the D2I validator: D2I reports a ceased record even when the
child also has a decision in force (an earlier decision reversed, a new one
made); here such a child passes.

DfE retired the rule with the D1 code after 2023-24 (lac2024_25 deletes it).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="555",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Freeing order has been granted but there is no date of decision that the child "
        "should be placed for adoption."
    ),
    guidance=(
        "Record the decision that the child should be placed for adoption (its date, and no "
        "date or reason it ceased while the freeing order stands) in the case management "
        "system, or correct the episode's legal status."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, LS AS value, 'Episodes' AS "table"
        FROM Episodes
        WHERE LS = 'D1' AND child NOT IN (SELECT child FROM PlacedAdoption)
        UNION ALL
        SELECT _file, _position, child,
               CAST(DATE_PLACED_CEASED AS VARCHAR) AS value, 'PlacedAdoption' AS "table"
        FROM PlacedAdoption
        WHERE child IN (SELECT child FROM Episodes WHERE LS = 'D1' AND DEC IS NULL)
          AND child NOT IN (
              SELECT child FROM PlacedAdoption
              WHERE DATE_PLACED_CEASED IS NULL AND REASON_PLACED_CEASED IS NULL)
    """

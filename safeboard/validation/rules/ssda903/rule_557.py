"""557: a child for whom adoption was decided left care, not adopted, with the decision still open.

An episode with an adoption placement (PLACE A3 to A6) or a placement order
(LS E1; to 2023-24 a freeing order, D1, too) that ended with the child
leaving care other than by adoption (REC given, not X1, E11 or E12) means
the decision to place for adoption no longer applies: each of the child's
PlacedAdoption records needs both DATE_PLACED_CEASED and
REASON_PLACED_CEASED. Reported on the episode and on each incomplete
record; on the episode alone when the child has no record at all.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ADOPTED, ADOPTION_PLACEMENTS

D1_RETIRED_AFTER = 2024


@rule(
    code="557",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child for whom the decision was made that they should be placed for adoption has left "
        "care but was not adopted and information on the decision that they should no longer be "
        "placed for adoption items has not been completed."
    ),
    guidance=(
        "Record in the case management system the date of the decision that the child should "
        "no longer be placed for adoption and its reason (RD1 to RD4), since the child left care "
        "without being adopted; or correct the reason the episode ended."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    orders = "('D1', 'E1')" if year <= D1_RETIRED_AFTER else "('E1')"
    return f"""
        WITH left_care AS (
            SELECT * FROM Episodes
            WHERE (PLACE IN {ADOPTION_PLACEMENTS} OR LS IN {orders})
              AND REC IS NOT NULL AND REC <> 'X1' AND REC NOT IN {ADOPTED}
        ), open_decision AS (
            SELECT * FROM PlacedAdoption
            WHERE DATE_PLACED_CEASED IS NULL OR REASON_PLACED_CEASED IS NULL
        )
        SELECT e._file, e._position, e.child, e.REC AS value, 'Episodes' AS "table"
        FROM left_care AS e
        WHERE e.child IN (SELECT child FROM open_decision)
           OR e.child NOT IN (SELECT child FROM PlacedAdoption)
        UNION
        SELECT p._file, p._position, p.child,
               CAST(p.DATE_PLACED AS VARCHAR) AS value, 'PlacedAdoption' AS "table"
        FROM open_decision AS p
        WHERE p.child IN (SELECT child FROM left_care)
    """

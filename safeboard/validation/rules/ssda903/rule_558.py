"""558: an adopted child whose latest decision to place for adoption says it ceased.

When the child's latest episode (by start date) ended in adoption (REC E11
or E12), the decision to place for adoption was carried through: where
more than one decision has a DATE_PLACED_CEASED this year, the latest
decision (by DATE_PLACED) must have none. Reported on the adoption episode.

Deviation from the D2I validator, as DfE's rule reads: D2I looks at any
E11/E12 episode, not the latest, and passes every child who has a decision
without DATE_PLACED_CEASED, even an earlier one.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ADOPTED, LAST_IN_FILE_FIRST, ORDER_IN_FILE


@rule(
    code="558",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If a child has been adopted, then the decision to place them for adoption has not been "
        "disrupted and the date of the decision that a child should no longer be placed for "
        "adoption should be left blank."
    ),
    guidance=(
        "Clear the date the decision ceased from the child's latest decision to place for "
        "adoption in the case management system (the adoption went ahead), or correct the "
        "reason the episode ended."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED_CEASED", "REC"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH last_episode AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (
                           PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1
        ), decisions AS (
            SELECT child, count(DATE_PLACED_CEASED) AS ceased,
                   arg_max(DATE_PLACED_CEASED IS NOT NULL, (DATE_PLACED, {ORDER_IN_FILE}))
                       AS latest_ceased
            FROM PlacedAdoption GROUP BY child
        )
        SELECT e._file, e._position, e.child, e.REC AS value
        FROM last_episode AS e JOIN decisions AS d ON d.child = e.child
        WHERE e.REC IN {ADOPTED} AND d.ceased > 1 AND d.latest_ceased
    """

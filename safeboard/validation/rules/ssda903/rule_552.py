"""552: the decision to place for adoption came after the child was placed.

The child's most recent decision that they should be placed for adoption
(DATE_PLACED) must be on or before the start of their first adoption
placement in the return (PLACE A3 to A6, earliest DECOM). Reported on the
episode and on the decision, as the D2I validator does.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    ADOPTION_PLACEMENTS,
    EPISODE_ORDER,
    LAST_IN_FILE_FIRST,
)


@rule(
    code="552",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of Decision to place a child for adoption should be on or prior to the date that "
        "the child was placed for adoption."
    ),
    guidance=(
        "Check in the case management system the date of the decision that the child should be "
        "placed for adoption and the start of the adoption placement: the decision comes first. "
        "Correct whichever date is wrong."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH first_placed AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS n
                FROM Episodes WHERE PLACE IN {ADOPTION_PLACEMENTS} AND DECOM IS NOT NULL)
            WHERE n = 1
        ), last_decision AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (
                           PARTITION BY child ORDER BY DATE_PLACED DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM PlacedAdoption WHERE DATE_PLACED IS NOT NULL)
            WHERE n = 1
        ), late AS (
            SELECT e._file, e._position, e.child, e.DECOM,
                   p._file AS p_file, p._position AS p_position, p.DATE_PLACED
            FROM first_placed AS e JOIN last_decision AS p ON p.child = e.child
            WHERE e.DECOM < p.DATE_PLACED
        )
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value,
               'Episodes' AS "table" FROM late
        UNION
        SELECT p_file, p_position, child, CAST(DATE_PLACED AS VARCHAR), 'PlacedAdoption' FROM late
    """

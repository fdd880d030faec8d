"""554: the decision to place for adoption came after the placement order.

A placement order (LS E1) follows the decision that the child should be
placed for adoption: each of the child's decisions (DATE_PLACED) must be on
or before the start of the child's first E1 episode in the return. Reported
on the episode and on the decision, as the D2I validator does.

DfE's message is kept without the note the D2I validator appends to it
("This rule may result in false positives or false negatives if relevant
episodes are in previous years").
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="554",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption should be on or prior to "
        "the date that the placement order was granted."
    ),
    guidance=(
        "Check in the case management system the date of the decision that the child should be "
        "placed for adoption and the date the placement order (E1) started: the decision comes "
        "first. If the placement order started in an earlier year, check that episode's date too."
    ),
    tables=("Episodes", "PlacedAdoption"),
    fields=("DATE_PLACED", "DECOM", "LS"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH first_order AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS n
                FROM Episodes WHERE LS = 'E1' AND DECOM IS NOT NULL)
            WHERE n = 1
        ), late AS (
            SELECT e._file, e._position, e.child, e.DECOM,
                   p._file AS p_file, p._position AS p_position, p.DATE_PLACED
            FROM first_order AS e JOIN PlacedAdoption AS p ON p.child = e.child
            WHERE p.DATE_PLACED > e.DECOM
        )
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value,
               'Episodes' AS "table" FROM late
        UNION
        SELECT p_file, p_position, child, CAST(DATE_PLACED AS VARCHAR), 'PlacedAdoption' FROM late
    """

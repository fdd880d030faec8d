"""560: last year's decision to place for adoption, still in force, has a new date this year.

A decision in force at the end of last year (DATE_PLACED given,
DATE_PLACED_CEASED blank in last year's return) is carried into this year's
return with the same date. When none of the child's records this year has
that date, each of the child's records this year is reported (none carries
the decision on). Compares with the previous year's snapshot (the view
prev_PlacedAdoption); without last year's return imported the rule does not
run.

Deviation from the D2I validator: D2I compares every record of this year
with last year's, so a child with last year's decision carried on and a
second record (a later decision) is reported for the second; here a
child passes once one record carries the decision on.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="560",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption this year is different "
        "from that recorded last year but the decision to place the child for adoption did not "
        "change."
    ),
    guidance=(
        "Record the decision that the child should be placed for adoption with the date given "
        "in last year's return, in the case management system; if last year's date was wrong, "
        "amend last year's return."
    ),
    tables=("PlacedAdoption", "prev_PlacedAdoption"),
    fields=("DATE_PLACED", "DATE_PLACED_CEASED"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH in_force AS (
            SELECT child, DATE_PLACED FROM prev_PlacedAdoption
            WHERE DATE_PLACED IS NOT NULL AND DATE_PLACED_CEASED IS NULL
        ), dropped AS (
            SELECT DISTINCT o.child FROM in_force AS o
            WHERE NOT EXISTS (
                SELECT 1 FROM PlacedAdoption AS p
                WHERE p.child = o.child AND p.DATE_PLACED = o.DATE_PLACED)
        )
        SELECT _file, _position, child, CAST(DATE_PLACED AS VARCHAR) AS value
        FROM PlacedAdoption
        WHERE child IN (SELECT child FROM dropped)
    """

"""584: a decision this year dated before a decision that last year's return says ceased.

When a decision to place the child for adoption ceased in last year's
return (DATE_PLACED_CEASED or REASON_PLACED_CEASED given), any decision
reported this year must be a new one, dated after it. A record this year
with no DATE_PLACED fails too. Compares with the previous year's snapshot
(the view prev_PlacedAdoption); without last year's return imported the
rule does not run.

The D2I validator compares the dates as dd/mm/yyyy text and takes the
failing rows' positions from its merged table, so it reports wrong rows;
here dates are compared as dates.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="584",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that the child should be placed for adoption this year is different "
        "from that recorded last year, but the decision to placed the child for adoption "
        "changed and the child should no longer be placed for adoption."
    ),
    guidance=(
        "Check the dates of the child's decisions to place for adoption in the case management "
        "system: a new decision after last year's decision ceased is dated after it. Correct "
        "the date, or last year's return if the decision had not ceased."
    ),
    tables=("PlacedAdoption", "prev_PlacedAdoption"),
    fields=("DATE_PLACED",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, CAST(p.DATE_PLACED AS VARCHAR) AS value
        FROM PlacedAdoption AS p
        WHERE EXISTS (
            SELECT 1 FROM prev_PlacedAdoption AS l
            WHERE l.child = p.child
              AND (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL)
              AND (p.DATE_PLACED IS NULL OR p.DATE_PLACED <= l.DATE_PLACED))
    """

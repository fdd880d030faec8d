"""561: this year's decision to place for adoption is one that last year's return says ceased.

A record this year with the same DATE_PLACED as a record of last year's
return whose decision ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED
given) repeats a decision that no longer stands. Compares with the previous
year's snapshot (the view prev_PlacedAdoption); without last year's return
imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="561",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of the decision that the child should be placed for adoption this year is the "
        "same as that recorded last year but records show that the decision changed, and the "
        "child should no longer be placed for adoption last year."
    ),
    guidance=(
        "Check the child's decisions to place for adoption in the case management system: a "
        "decision that ceased last year is not reported again; a new decision has its own date. "
        "If last year's return wrongly said it ceased, amend last year's return."
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
            WHERE l.child = p.child AND l.DATE_PLACED = p.DATE_PLACED
              AND (l.DATE_PLACED_CEASED IS NOT NULL OR l.REASON_PLACED_CEASED IS NOT NULL))
    """

"""1012: data for a child with no episodes this year, other than care leaver data.

A child with no episode in this year's return is at most a care leaver
(OC3): rows of PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2 for
such a child fail, each reported in its own table.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1012",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "No other data should be returned for OC3 children who had no episodes in the current year"
    ),
    guidance=(
        "Remove the child's looked-after data for this year (adoption, missing, reviews, "
        "previous permanence, outcomes), or add the episodes of care it belongs to."
    ),
    tables=("Episodes",),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    tables = ("PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2")
    return " UNION ALL ".join(
        f"""
        SELECT t._file, t._position, t.child, NULL AS value, '{table}' AS "table"
        FROM "{table}" AS t
        WHERE NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = t.child)
        """
        for table in tables
        if table in context.tables
    )

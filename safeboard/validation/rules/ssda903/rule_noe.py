"""NoE: an episode from before this year for a child missing from last year's return.

A previous-year rule (``prev_Episodes``; it does not run without last
year's return). An episode that started before 1 April that opens this
year was, at least in part, in last year's return: a child with such an
episode and no episode at all in last year's return was left out of it, or
is recorded under another identifier.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_start


@rule(
    code="NoE",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "This child has no episodes loaded for previous year even though child started to be "
        "looked after before this current year."
    ),
    guidance=(
        "Check last year's return for the child (their identifier may have changed); correct "
        "the identifier or the start date of the episode in the case management system."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value FROM Episodes AS e
        WHERE e.DECOM < {year_start(context)}
          AND NOT EXISTS (SELECT 1 FROM prev_Episodes AS p WHERE p.child = e.child)
    """

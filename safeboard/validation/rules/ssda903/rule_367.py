"""367: more than 75 days of short breaks (LS V3) in the year.

The days of each V3 episode within the collection year (from the later of
its start and 1 April to the earlier of its end and 31 March; an open one
runs to 31 March) are added up per child: over 75 fails every V3 episode of
the child that counted.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end, year_start


@rule(
    code="367",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The maximum amount of respite care allowable is 75 days in any 12-month period.",
    guidance=(
        "Check the dates of the child's short breaks in the case management system: short "
        "breaks (V3) add up to 75 days a year at most; longer care is another legal status."
    ),
    tables=("Episodes",),
    fields=("LS", "DECOM", "DEC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        SELECT _file, _position, child, CAST(total AS VARCHAR) AS value FROM (
            SELECT *, sum(days) OVER (PARTITION BY child) AS total FROM (
                SELECT _file, _position, child,
                       date_diff('day', greatest(DECOM, {start}),
                                 least(coalesce(DEC, {end}), {end})) AS days
                FROM Episodes WHERE LS = 'V3' AND DECOM IS NOT NULL)
            WHERE days > 0)
        WHERE total > 75
    """

"""602: adoption details (AD1) for a child the episodes do not show adopted in the year.

An AD1 row with any adoption item given belongs to a child with an episode
that ended in adoption (REC E11 or E12) during the collection year. An AD1
row with every item blank says nothing and passes.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import AD1_ITEMS, ADOPTED, year_end, year_start


@rule(
    code="602",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The episode data submitted for this child does not show that he/she was adopted "
        "during the year."
    ),
    guidance=(
        "Either record the adoption on the child's last episode (reason ceased E11 or E12, "
        "dated in the year), or remove the adoption details if the child was not adopted this "
        "year."
    ),
    tables=("Episodes", "AD1"),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    start, end = year_start(context), year_end(context)
    given = " OR ".join(f"{item} IS NOT NULL" for item in AD1_ITEMS)
    return f"""
        SELECT a._file, a._position, a.child, NULL AS value FROM AD1 AS a
        WHERE ({given})
          AND NOT EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = a.child AND e.REC IN {ADOPTED} AND e.DEC BETWEEN {start} AND {end})
    """

"""3001: a 17-year-old care leaver living with former foster carers.

Care leaver information returned around the 17th birthday (the birthday
falls in the collection year) cannot give accommodation with former foster
carers (ACCOM Z1 or Z2): at 17 that is still a placement, not a care
leaver's home. The birthday is read from the Header's DOB, kept to its
month; the year starts on the first of a month and ends on the last, so
"within the year" is exact.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_end, year_start


@rule(
    code="3001",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Where care leavers information is being returned for a young person around their "
        "17th birthday, the accommodation cannot be with their former foster carer(s)."
    ),
    guidance=(
        "Check the young person's accommodation: at 17 with former foster carers is not a "
        "care leaver's accommodation code; record what it is in the case management system."
    ),
    tables=("Header", "OC3"),
    fields=("ACCOM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        SELECT o._file, o._position, o.child, o.ACCOM AS value
        FROM OC3 AS o JOIN Header AS h ON h.child = o.child
        WHERE o.ACCOM IN ('Z1', 'Z2')
          AND CAST(h.DOB + INTERVAL 17 YEAR AS DATE) BETWEEN {start} AND {end}
    """

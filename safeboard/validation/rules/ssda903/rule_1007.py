"""1007: care leaver information for a 17- or 18-year-old looked after on the birthday.

Care leaver information (OC3) is collected around the 17th to 21st
birthdays of young people no longer looked after. A young person aged 17 or
18 at 31 March who was looked after on their latest birthday (an episode
started on or before it and not ended by it) needs none: any of IN_TOUCH,
ACTIV or ACCOM given fails.

The birth date is kept to its month (ages at 31 March stay exact), so the
birthday is somewhere in that month: a young person is reported when looked
after for the whole month. An open episode counts as looked after; the D2I
validator leaves out an episode with no end date, which DfE's wording does
not.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import oc3_given, year_end


@rule(
    code="1007",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Care leaver information is not required for 17- or 18-year olds who are still looked "
        "after [on their 17th or 18th birthday.]"
    ),
    guidance=(
        "Remove the care leaver information for a young person who was still looked after on "
        "their 17th or 18th birthday; it is collected once they have left care."
    ),
    tables=("Episodes", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    end = year_end(context)
    year = context.collection_year
    # The month of the latest birthday on or before 31 March (DOB's month, this year or last).
    birthday_month = f"""
        CASE WHEN month(o.DOB) <= 3 THEN make_date({year}, month(o.DOB), 1)
             ELSE make_date({year - 1}, month(o.DOB), 1) END"""
    return f"""
        SELECT o._file, o._position, o.child, CAST(o.DOB AS VARCHAR) AS value FROM OC3 AS o
        WHERE {oc3_given("o")}
          AND o.DOB IS NOT NULL
          AND CAST(o.DOB + INTERVAL 17 YEAR AS DATE) <= {end}
          AND CAST(o.DOB + INTERVAL 19 YEAR AS DATE) > {end}
          AND EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = o.child
                AND e.DECOM <= {birthday_month}
                AND (e.DEC IS NULL OR e.DEC > last_day({birthday_month})))
    """

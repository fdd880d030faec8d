"""1016: care leaver information for a 17- or 18-year-old who left care after the birthday.

From 2023-24. A young person aged 17 at 31 March whose care ended (an
episode's DEC) on or after their 17th birthday, or aged 18 whose care ended
on or after their 18th, was looked after on the birthday the care leaver
information is collected from: any of IN_TOUCH, ACTIV or ACCOM given fails.
The birth date is kept to its month: an end date counts as after the
birthday only when it is after the whole birthday month.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import birthday_latest, oc3_given, year_end


@rule(
    code="1016",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Care leaver information is not required for 17- or 18-year olds who cease to be "
        "looked after, after their birthday."
    ),
    guidance=(
        "Remove the care leaver information for a young person who left care after their 17th "
        "or 18th birthday this year; it is collected at the next birthday."
    ),
    tables=("Episodes", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    end = year_end(context)
    given = oc3_given("o")
    aged = "CAST(o.DOB + INTERVAL {} YEAR AS DATE) <= " + end
    return f"""
        SELECT o._file, o._position, o.child, CAST(o.DOB AS VARCHAR) AS value FROM OC3 AS o
        WHERE {given} AND o.DOB IS NOT NULL
          AND EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = o.child AND e.DEC IS NOT NULL
                AND (({aged.format(17)} AND NOT {aged.format(18)}
                      AND e.DEC > {birthday_latest("o.DOB", 17)})
                  OR ({aged.format(18)} AND NOT {aged.format(19)}
                      AND e.DEC > {birthday_latest("o.DOB", 18)})))
    """

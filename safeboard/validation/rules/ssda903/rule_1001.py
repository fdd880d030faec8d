"""1001: care leaver information for a young person who was not a relevant child.

A care leaver is a young person looked after for at least 13 weeks (91
days) since their 14th birthday, of which at least a day after their 16th
birthday; a child whose last episode ended in adoption (REC E11 or E12) is
not one. An OC3 row for anyone else fails. The days are counted over this
year's episodes and last year's (``prev_Episodes``; the rule does not run
without last year's return, as in the D2I validator), an episode in both
counted once, short breaks (LS V3 or V4) left out, and an open latest
episode counted to 31 March. Young people 20 or over at 31 March are not
checked: two years of episodes cannot show their care after 14.

Birth dates are kept to their month, so the birthdays are taken at the
first of that month: the most days in care the true date allows. A young
person is reported only when even that is too little, as DfE's own note
warns of false positives from care before last year: a warning, not an
error.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import ADOPTED, SHORT_BREAKS, year_end


@rule(
    code="1001",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "The episodes recorded for this young person suggest they are not a relevant or a "
        "former relevant child and therefore should not have care leaver information "
        "completed. [NOTE: This tool can only test the current and previous year data loaded "
        "into the tool - this check may generate false positives if a child had episodes "
        "prior to last year's collection.]"
    ),
    guidance=(
        "Check the young person's care history (including years before last year's return): "
        "if they were not looked after for 13 weeks from age 14, including a day after 16, "
        "remove the care leaver information."
    ),
    tables=("Episodes", "OC3", "Header", "prev_Episodes"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    end = year_end(context)
    return f"""
        WITH both_years AS (
            -- An episode in both returns once, this year's end date first.
            SELECT child, DECOM, DEC, LS, REC FROM (
                SELECT *, row_number() OVER (
                    PARTITION BY child, DECOM ORDER BY DEC IS NULL, this_year DESC) AS copy
                FROM (SELECT child, DECOM, DEC, LS, REC, 1 AS this_year FROM Episodes
                      UNION ALL
                      SELECT child, DECOM, DEC, LS, REC, 0 FROM prev_Episodes)
                WHERE DECOM IS NOT NULL)
            WHERE copy = 1),
        latest AS (
            SELECT child, REC, DEC FROM (
                SELECT child, REC, DEC,
                       row_number() OVER (PARTITION BY child ORDER BY DECOM DESC) AS n
                FROM both_years)
            WHERE n = 1),
        care AS (
            SELECT e.child,
                   sum(greatest(0, datediff('day',
                       greatest(e.DECOM, CAST(h.DOB + INTERVAL 14 YEAR AS DATE)),
                       coalesce(e.DEC, {end})))) AS days_from_14,
                   sum(greatest(0, datediff('day',
                       greatest(e.DECOM, CAST(h.DOB + INTERVAL 16 YEAR AS DATE)),
                       coalesce(e.DEC, {end})))) AS days_from_16
            FROM both_years AS e JOIN Header AS h ON h.child = e.child
            WHERE e.LS IS NULL OR e.LS NOT IN {SHORT_BREAKS}
            GROUP BY e.child)
        SELECT o._file, o._position, o.child, NULL AS value
        FROM OC3 AS o
        JOIN Header AS h ON h.child = o.child
        LEFT JOIN care AS c ON c.child = o.child
        LEFT JOIN latest AS l ON l.child = o.child
        WHERE h.DOB IS NOT NULL
          AND CAST(h.DOB + INTERVAL 20 YEAR AS DATE) > {end}
          AND (coalesce(c.days_from_14, 0) < 91 OR coalesce(c.days_from_16, 0) < 1
               OR l.REC IN {ADOPTED})
    """

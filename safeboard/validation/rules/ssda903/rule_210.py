"""210: a child looked after for more than a week at 31 March with the UPN code UN4.

UN4 (a UPN not yet obtained: the child is new to care) is acceptable only
for a child whose period of care began within the last week. A child in care
on 31 March (an open episode) whose current period of care began (the latest
episode with RNE S, or the earliest episode if none has S) before 24 March
fails. DfE's check is worded "no episode DECOM may be on or after 24 March";
the D2I validator reads it so and fails the children who came into care in
the last week instead, the opposite of DfE's message, which this follows.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_date


@rule(
    code="210",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Children looked after for more than a week at 31 March should not have an unknown "
        "Unique Pupil Number (UPN) code of UN4."
    ),
    guidance=(
        "The child has been looked after for more than a week: get the child's UPN from the "
        "school (or the virtual school) and record it in the case management system."
    ),
    tables=("Header", "Episodes"),
    fields=("UPN", "DECOM"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    a_week_before = sql_date(date(year, 3, 24))
    return f"""
        WITH care AS (
            SELECT child,
                   coalesce(max(DECOM) FILTER (WHERE RNE = 'S'), min(DECOM)) AS began,
                   bool_or(DEC IS NULL) AS open_at_end
            FROM Episodes GROUP BY child)
        SELECT h._file, h._position, h.child, h.UPN_UNKNOWN AS value
        FROM Header AS h JOIN care AS c ON c.child = h.child
        WHERE h.UPN_UNKNOWN = 'UN4' AND c.open_at_end AND c.began < {a_week_before}
    """

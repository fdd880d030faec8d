"""197B: a child who turned 4 or 17 in the year has neither an SDQ score nor a reason.

A child looked after continuously for 12 months at 31 March whose 4th or
17th birthday falls within the collection year (1 April to 31 March,
inclusive) needs an SDQ score or the reason there is none. Ages use birth
dates kept to their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import (
    birthday,
    continuously_looked_after,
    year_end,
    year_start,
)


@rule(
    code="197B",
    kind="ssda903",
    severity=Severity.ERROR,
    message="SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
    guidance=(
        "Record the child's SDQ score in the case management system, or the reason there is "
        "none (SDQ1 if the child was under 4 or over 16 at the last assessment)."
    ),
    tables=("OC2", "Episodes"),
    fields=("SDQ_REASON", "DOB"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM OC2
        WHERE SDQ_SCORE IS NULL AND SDQ_REASON IS NULL
          AND ({birthday("DOB", 4)} BETWEEN {start} AND {end}
               OR {birthday("DOB", 17)} BETWEEN {start} AND {end})
          AND child IN ({continuously_looked_after(context)})
    """

"""186: a child of SDQ age looked after for 12 months has neither an SDQ score nor a reason.

A child looked after continuously for 12 months at 31 March who was 4 or over
on 1 April and is under 17 on 31 March (17th birthday after it) needs an SDQ
score or the reason there is none. Ages use birth dates kept to their month
(see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import (
    birthday,
    continuously_looked_after,
    latest_birthday,
    year_end,
    year_start,
)


@rule(
    code="186",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Children aged 4 or over at the start of the year and children aged under 17 at the "
        "end of the year and who have been looked after for at least 12 months continuously "
        "should have a Strengths and Difficulties (SDQ) score completed."
    ),
    guidance=(
        "Record the child's SDQ score from the carer's questionnaire in the case management "
        "system, or the reason there is none (SDQ1-SDQ5)."
    ),
    tables=("OC2", "Episodes"),
    fields=("SDQ_SCORE", "SDQ_REASON"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE SDQ_SCORE IS NULL AND SDQ_REASON IS NULL
          AND {latest_birthday("DOB", 4)} <= {year_start(context)}
          AND {birthday("DOB", 17)} > {year_end(context)}
          AND child IN ({continuously_looked_after(context)})
    """

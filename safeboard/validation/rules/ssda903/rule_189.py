"""189: an SDQ score or reason given for a young person 17 or over at the year's start.

A young person whose 17th birthday was before 1 April is past SDQ age. Ages
use birth dates kept to their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday, year_start


@rule(
    code="189",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is aged 17 years or over at the beginning of the year, but an Strengths and "
        "Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score "
        "has been completed."
    ),
    guidance=(
        "The young person was 17 or over at the start of the year: remove the SDQ score and "
        "reason in the case management system, or correct the date of birth."
    ),
    tables=("OC2",),
    fields=("DOB", "SDQ_SCORE", "SDQ_REASON"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM OC2
        WHERE (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
          AND {latest_birthday("DOB", 17)} < {year_start(context)}
    """

"""188: an SDQ score or reason given for a child under 4 at the year's end.

A child whose 4th birthday is after 31 March is not of SDQ age. Ages use
birth dates kept to their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday, year_end


@rule(
    code="188",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties "
        "(SDQ) score or a reason for no SDQ score has been completed. "
    ),
    guidance=(
        "The child is under 4: remove the SDQ score and reason from the child's record in the "
        "case management system, or correct the date of birth."
    ),
    tables=("OC2",),
    fields=("SDQ_SCORE", "SDQ_REASON"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM OC2
        WHERE (SDQ_SCORE IS NOT NULL OR SDQ_REASON IS NOT NULL)
          AND {birthday("DOB", 4)} > {year_end(context)}
    """

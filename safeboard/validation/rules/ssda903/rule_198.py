"""198: a reason for no SDQ score given for a child not looked after continuously for 12 months.

OC2 is for children looked after continuously for at least 12 months at
31 March (see _dfe_low.continuously_looked_after): for anyone else a reason for no SDQ score
must be blank. A child with no episodes at all is not in that cohort.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import continuously_looked_after


@rule(
    code="198",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has not been looked after continuously for at least 12 months at 31 March but a "
        "reason for no Strengths and Difficulties (SDQ) score has been completed. "
    ),
    guidance=(
        "The child was not looked after continuously for 12 months at 31 March: remove the "
        "reason for no SDQ score in the case management system, or correct the episodes if the "
        "child was in care all year."
    ),
    tables=("OC2", "Episodes"),
    fields=("SDQ_REASON",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(SDQ_REASON AS VARCHAR) AS value FROM OC2
        WHERE (SDQ_REASON IS NOT NULL)
          AND child NOT IN ({continuously_looked_after(context)})
    """

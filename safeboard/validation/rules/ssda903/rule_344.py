"""344: a care leaver who died or returned home (DIED, RHOM) has an activity or accommodation.

Both must be 0.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="344",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The record shows the young person has died or returned home to live with parent(s) or "
        "someone with parental responsibility for a continuous period of 6 months or more, but "
        "activity and/or accommodation on leaving care have been completed."
    ),
    guidance=(
        "For a care leaver who died or has lived at home for six months or more, record "
        "activity and accommodation as 0 in the case management system."
    ),
    tables=("OC3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, IN_TOUCH AS value FROM OC3
        WHERE IN_TOUCH IN ('DIED', 'RHOM')
          AND (ACTIV IS DISTINCT FROM '0' OR ACCOM IS DISTINCT FROM '0')
    """

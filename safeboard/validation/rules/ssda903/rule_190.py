"""190: a health or substance misuse item for a child not looked after for 12 months.

OC2 is for children looked after continuously for at least 12 months at
31 March (see _dfe_low.continuously_looked_after): for anyone else a health or substance misuse item
must be blank. A child with no episodes at all is not in that cohort.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import continuously_looked_after


@rule(
    code="190",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has not been looked after continuously for at least 12 months at 31 March but "
        "one or more data items relating to children looked after for 12 months have been "
        "completed."
    ),
    guidance=(
        "The child was not looked after continuously for 12 months at 31 March: clear the OC2 "
        "health and substance misuse items in the case management system, or correct the "
        "episodes if the child was in care all year."
    ),
    tables=("OC2", "Episodes"),
    fields=(
        "HEALTH_CHECK",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE (HEALTH_CHECK IS NOT NULL OR TEETH_CHECK IS NOT NULL OR HEALTH_ASSESSMENT IS NOT NULL
               OR SUBSTANCE_MISUSE IS NOT NULL OR INTERVENTION_RECEIVED IS NOT NULL
               OR INTERVENTION_OFFERED IS NOT NULL)
          AND child NOT IN ({continuously_looked_after(context)})
    """

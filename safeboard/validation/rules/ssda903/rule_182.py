"""182: some OC2 items given, but immunisations, teeth, health assessment or misuse blank.

If any of CONVICTED, HEALTH_CHECK, INTERVENTION_RECEIVED or
INTERVENTION_OFFERED is given, IMMUNISATIONS, TEETH_CHECK,
HEALTH_ASSESSMENT and SUBSTANCE_MISUSE must all be given.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="182",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data entries on immunisations, teeth checks, health assessments and substance misuse "
        "problem identified should be completed or all OC2 fields should be left blank."
    ),
    guidance=(
        "Complete the child's immunisations, dental check, health assessment and substance "
        "misuse items (1 or 0) in the case management system, or leave every OC2 item blank."
    ),
    tables=("OC2",),
    fields=(
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "CONVICTED",
        "HEALTH_CHECK",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM OC2
        WHERE (IMMUNISATIONS IS NULL OR TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL
               OR SUBSTANCE_MISUSE IS NULL)
          AND (CONVICTED IS NOT NULL OR HEALTH_CHECK IS NOT NULL
               OR INTERVENTION_RECEIVED IS NOT NULL OR INTERVENTION_OFFERED IS NOT NULL)
    """

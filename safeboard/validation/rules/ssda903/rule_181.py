"""181: an OC2 item (convicted, health checks, substance misuse...) is not 0 or 1."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

ITEMS = (
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
)


@rule(
    code="181",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data items relating to children looked after continuously for 12 months should be "
        "completed with a 0 or 1."
    ),
    guidance=(
        "Record each outcome for children looked after for 12 months (convictions, health and "
        "dental checks, immunisations, substance misuse) as 1 (yes) or 0 (no) in the case "
        "management system."
    ),
    tables=("OC2",),
    fields=ITEMS,
)
def logic(context: RuleContext) -> str:
    # One finding per failing item, naming it.
    return " UNION ALL ".join(
        f"SELECT _file, _position, child, {item} AS value, '{item}' AS field FROM OC2 "
        f"WHERE {item} NOT IN ('0', '1')"
        for item in ITEMS
    )

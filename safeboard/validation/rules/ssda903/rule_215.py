"""215: a care leaver (OC3 details) also has OC2 (12 months looked after) items.

Both rows fail: the OC3 row and each of the child's OC2 rows with any item.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

OC2_ITEMS = (
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
    code="215",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has care leaver information but one or more data items relating to children "
        "looked after for 12 months have been completed."
    ),
    guidance=(
        "A care leaver is not in the 12-month cohort: check in the case management system "
        "whether the young person left care, and remove either the care leaver details or the "
        "OC2 outcomes."
    ),
    tables=("OC3", "OC2"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM", *OC2_ITEMS),
)
def logic(context: RuleContext) -> str:
    oc2 = " OR ".join(f"{item} IS NOT NULL" for item in OC2_ITEMS)
    return f"""
        WITH leaver AS (
            SELECT _file, _position, child FROM OC3
            WHERE IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL),
        outcome AS (SELECT _file, _position, child FROM OC2 WHERE {oc2})
        SELECT _file, _position, child, NULL AS value, 'OC3' AS "table" FROM leaver
        WHERE child IN (SELECT child FROM outcome)
        UNION ALL
        SELECT _file, _position, child, NULL AS value, 'OC2' AS "table" FROM outcome
        WHERE child IN (SELECT child FROM leaver)
    """

"""187: a child looked after for 12 months has adoption (AD1) or care leaver (OC3) details.

A child looked after continuously for 12 months at 31 March was neither
adopted nor left care in the year: any AD1 or OC3 item given fails, on the
AD1 or OC3 row.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import continuously_looked_after

AD1_ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
OC3_ITEMS = ("IN_TOUCH", "ACTIV", "ACCOM")


@rule(
    code="187",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have "
        "any of adoption or care leavers returns completed."
    ),
    guidance=(
        "The child was looked after all year: remove the adoption or care leaver details "
        "from this year's return in the case management system, or correct the episodes if "
        "the child was adopted or left care."
    ),
    tables=("AD1", "OC3", "Episodes"),
    fields=AD1_ITEMS + OC3_ITEMS,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    cla = continuously_looked_after(context)
    ad1 = " OR ".join(f"{item} IS NOT NULL" for item in AD1_ITEMS)
    oc3 = " OR ".join(f"{item} IS NOT NULL" for item in OC3_ITEMS)
    return f"""
        WITH cla AS ({cla})
        SELECT _file, _position, child, NULL AS value, 'AD1' AS "table" FROM AD1
        WHERE ({ad1}) AND child IN (SELECT child FROM cla)
        UNION ALL
        SELECT _file, _position, child, NULL AS value, 'OC3' AS "table" FROM OC3
        WHERE ({oc3}) AND child IN (SELECT child FROM cla)
    """

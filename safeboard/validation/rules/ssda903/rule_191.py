"""191: a child looked after for 12 months lacks teeth check, health assessment or misuse item.

For a child looked after continuously for 12 months at 31 March, TEETH_CHECK,
HEALTH_ASSESSMENT and SUBSTANCE_MISUSE must be given: an OC2 row with any
blank fails, and a child with no OC2 row at all fails on the first of the
child's episodes.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE, continuously_looked_after


@rule(
    code="191",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has been looked after continuously for at least 12 months at 31 March but one "
        "or more data items relating to children looked after for 12 months have been left "
        "blank."
    ),
    guidance=(
        "Record the child's dental check, health assessment and substance misuse items (1 or "
        "0) in the case management system and include the child in the OC2 file."
    ),
    tables=("OC2", "Episodes"),
    fields=("TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        WITH cla AS ({continuously_looked_after(context)})
        SELECT _file, _position, child, NULL AS value, 'OC2' AS "table" FROM OC2
        WHERE (TEETH_CHECK IS NULL OR HEALTH_ASSESSMENT IS NULL OR SUBSTANCE_MISUSE IS NULL)
          AND child IN (SELECT child FROM cla)
        UNION ALL
        SELECT _file, _position, child, NULL AS value, 'Episodes' AS "table" FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}) AS n
            FROM Episodes)
        WHERE n = 1 AND child IN (SELECT child FROM cla)
          AND child NOT IN (SELECT child FROM OC2)
    """

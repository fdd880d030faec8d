"""707: the child left care but a DoLO has no end date.

A child whose latest episode (by start) has ended (DEC given) is no longer
looked after: none of the child's orders can still be open.

Deviation from the D2I validator: it reuses its rule 577 (missing periods
outside care) and so also reports orders with an end date that lie outside a
period of care; DfE's message is about orders without an end date.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST
from safeboard.validation.rules.ssda903._dolo import FIRST_YEAR


@rule(
    code="707",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child ceased to be looked after but there is a DoLO without an end date.",
    guidance=(
        "Record the date the deprivation of liberty order ended (at the latest when the child "
        "left care) in the case management system."
    ),
    tables=("DoLo", "Episodes"),
    fields=("DOLO_END",),
    first_year=FIRST_YEAR,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT d._file, d._position, d.child, '' AS value
        FROM DoLo AS d
        JOIN (
            SELECT child, DEC FROM (
                SELECT child, DEC,
                       ROW_NUMBER() OVER (
                           PARTITION BY child ORDER BY DECOM DESC, {LAST_IN_FILE_FIRST}) AS n
                FROM Episodes WHERE DECOM IS NOT NULL)
            WHERE n = 1
        ) AS latest ON latest.child = d.child
        WHERE d.DOLO_END IS NULL AND latest.DEC IS NOT NULL
    """

"""543: no conviction information for a child aged 10 or over, looked after 12 months.

OC2's CONVICTED must be completed for every child aged 10 or over on 31
March who had been looked after continuously for the 12 months to then
(DfE's definition: see _dfe_mid.continuously_looked_after). Age at a
month's end is exact from the stored birth month.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    continuously_looked_after,
    surely_aged,
    year_end,
)


@rule(
    code="543",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is aged 10 or over at 31 March and has been looked after continuously for 12 "
        "months yet conviction information has not been completed."
    ),
    guidance=(
        "Record in the case management system whether the child was convicted or given a final "
        "warning or reprimand during the year (0 or 1) for this child's OC2 record."
    ),
    tables=("Episodes", "OC2"),
    fields=("DOB", "CONVICTED"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value, 'OC2' AS "table"
        FROM OC2
        WHERE CONVICTED IS NULL AND {surely_aged("DOB", 10, year_end(context))}
          AND child IN ({continuously_looked_after(context)})
    """

"""546: health promotion information for a child aged 5 or over.

OC2's HEALTH_CHECK is for children under 5: it must be blank for a child
aged 5 or over on 31 March who had been looked after continuously for the
12 months to then (the OC2 cohort; see _dfe_mid.continuously_looked_after),
as the D2I validator reads DfE's rule. Age at a month's end is exact from
the stored birth month.
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
    code="546",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Children aged 5 or over at 31 March should not have health promotion information "
        "completed."
    ),
    guidance=(
        "Leave the development assessment item (HEALTH_CHECK) blank for a child aged 5 or over "
        "on 31 March, or correct the child's date of birth, in the case management system."
    ),
    tables=("Episodes", "OC2"),
    fields=("DOB", "HEALTH_CHECK"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, HEALTH_CHECK AS value, 'OC2' AS "table"
        FROM OC2
        WHERE HEALTH_CHECK IS NOT NULL AND {surely_aged("DOB", 5, year_end(context))}
          AND child IN ({continuously_looked_after(context)})
    """

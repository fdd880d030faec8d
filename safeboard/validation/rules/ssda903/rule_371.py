"""371: a young person in semi-independent or supported accommodation too young.

H5 (semi-independent living, supported accommodation from 28 October 2023;
K3 in the 2025-26 codes) before the 14th birthday to 2022-23, the 16th from
2023-24. DfE reworded the message in 2023-24 and 2024-25. Birth dates are kept
to their month: the earliest possible birthday is used (see _dfe_low). Unlike
the D2I validator (whose 2024-25 rule reads K3, then no code), H5 is checked
while it is a code, and open episodes are checked too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday

MESSAGES = {
    2023: (
        "Child in semi-independent living accommodation not subject to children’s homes "
        "regulations should be at least 14."
    ),
    2024: (
        "Child in semi-independent living accommodation not subject to children’s homes "
        "regulations should be at least 16."
    ),
}


@rule(
    code="371",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child in supported accomodation not subject to children’s homes regulations should "
        "be at least 16."
    ),
    guidance=(
        "Check the young person's date of birth and placement in the case management system: "
        "supported accommodation is for young people of 16 or over (14 before 2023-24)."
    ),
    tables=("Episodes", "Header"),
    fields=("DECOM", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    age = 14 if year <= 2023 else 16
    message = sql_literal(MESSAGES[max(year, 2023)]) if year <= 2024 else "NULL"
    if year == 2024:
        message = sql_literal(MESSAGES[2024])
    return f"""
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value,
               {message} AS message
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.PLACE IN ('H5', 'K3') AND e.DECOM < {birthday("h.DOB", age)}
    """

"""632: the date of the previous permanence order is not valid, or not before care.

DATE_PERM must be a date, and before the start of the child's first episode
in the return. A DATE_PERM that was not a date when read fails (the
``unparsed`` values). DfE allows a partly known date (ZZ for an unknown day
or month): the import keeps such a date as the earliest day it can be
(``Kind.PARTIAL_DATE``), so it is reported only when even that day is not
before care, that is, only when it is surely wrong. As DfE notes,
a period of care that started before this year's return may hide a fault.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import unparsed_values


@rule(
    code="632",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of previous permanence order not a valid value. NOTE: This rule may result in "
        "false negatives where the period of care started before the current collection year"
    ),
    guidance=(
        "Record the date of the previous permanence order as DD/MM/YYYY, before the child "
        "started to be looked after, in the case management system."
    ),
    tables=("Episodes", "PrevPerm"),
    fields=("DATE_PERM", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT p._file, p._position, p.child, CAST(p.DATE_PERM AS VARCHAR) AS value
        FROM PrevPerm AS p
        JOIN (SELECT child, min(DECOM) AS first_decom FROM Episodes GROUP BY child) AS e
          ON e.child = p.child
        WHERE p.DATE_PERM >= e.first_decom
        UNION ALL
        {unparsed_values("PrevPerm", "DATE_PERM")}
    """
